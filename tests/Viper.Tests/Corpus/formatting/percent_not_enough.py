print("start")
print("%s and %s" % ("one",))
