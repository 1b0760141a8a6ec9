print("start")
print(format(1.5, ".2147483648f"))
