print("start")
print(format(12, ".2d"))
