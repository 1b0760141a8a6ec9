print("start")
print("%(a)s %(b)s" % {"a": 1})
