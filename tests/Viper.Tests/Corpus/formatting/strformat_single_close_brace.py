print("start")
print("a } b".format())
