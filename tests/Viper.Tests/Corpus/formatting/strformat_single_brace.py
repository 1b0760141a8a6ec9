print("start")
print("a {} b {".format(1))
