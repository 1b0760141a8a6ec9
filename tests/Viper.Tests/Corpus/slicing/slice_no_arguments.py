print("start")
print(slice())
