print("start")
print(hash(slice(1, 2)))
