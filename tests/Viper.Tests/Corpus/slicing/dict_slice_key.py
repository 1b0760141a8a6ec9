print("start")
print({1: 2}[1:2])
