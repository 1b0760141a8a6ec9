print("start")
print("%d %y" % (1, 2))
