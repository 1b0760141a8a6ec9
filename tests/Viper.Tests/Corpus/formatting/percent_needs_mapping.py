print("start")
print("%(a)s" % 5)
