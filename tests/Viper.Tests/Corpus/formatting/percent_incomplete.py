print("start")
print("50%" % ())
