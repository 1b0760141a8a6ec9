print("start")
xs = [1, 2]
print(xs[1.5:])
