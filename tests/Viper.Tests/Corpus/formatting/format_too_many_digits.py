print("start")
print(format(1.5, ".99999999999999999999f"))
