print("start")
print(set([1], [2]))
