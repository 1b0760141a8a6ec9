print("start")
print(format(12, "abc"))
