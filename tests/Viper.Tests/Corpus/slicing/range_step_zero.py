print("start")
print(range(10)[::0])
