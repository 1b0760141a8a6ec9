print("start")
y = 0
print((1 if y else 2) / y)
