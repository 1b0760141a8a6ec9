print("start")
xs = [1, 2, 3, 4]
xs[::2] = [1, 2, 3]
