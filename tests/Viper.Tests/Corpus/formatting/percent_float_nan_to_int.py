print("start")
print("%d" % float("nan"))
