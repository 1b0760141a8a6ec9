print("start")
print("{name} {other}".format(name=1))
