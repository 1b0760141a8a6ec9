print("start")
print("{0} {}".format(1, 2))
