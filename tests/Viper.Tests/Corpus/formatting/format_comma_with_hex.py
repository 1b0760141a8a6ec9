print("start")
print(format(255, ",x"))
