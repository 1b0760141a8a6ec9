print("start")
print("%*d" % ("5", 3))
