print("start")
print(format(2.5, "d"))
