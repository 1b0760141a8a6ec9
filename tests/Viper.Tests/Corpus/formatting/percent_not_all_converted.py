print("start")
print("%s" % ("one", "two"))
