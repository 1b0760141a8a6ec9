print("start")
a = [1]
b = 2
print(a[0] / (b - b))
