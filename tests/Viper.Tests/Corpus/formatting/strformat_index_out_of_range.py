print("start")
print("{0} {1} {2}".format(1, 2))
