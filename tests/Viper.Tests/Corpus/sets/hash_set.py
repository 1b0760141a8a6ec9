print("start")
print(hash({1}))
