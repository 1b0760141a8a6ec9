print("start")
print("%d" % "3")
