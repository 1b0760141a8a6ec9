print("start")
print("{0.nope}".format(1))
