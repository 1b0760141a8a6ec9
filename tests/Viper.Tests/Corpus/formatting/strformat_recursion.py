print("start")
print("{:{:{}}}".format(1, 2, 3))
