print("start")
print({1}.union(5))
