print("start")
print("%x" % 2.0)
