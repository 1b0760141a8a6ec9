print("start")
print("{0}".format_map({"a": 1}))
