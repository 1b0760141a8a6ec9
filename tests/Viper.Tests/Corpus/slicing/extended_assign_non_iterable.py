print("start")
xs = [1, 2, 3]
xs[::2] = 5
