print("start")
a = 1
print((a + 1) / (a - a))
