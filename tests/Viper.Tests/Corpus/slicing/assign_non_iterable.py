print("start")
xs = [1, 2, 3]
xs[0:2] = 5
