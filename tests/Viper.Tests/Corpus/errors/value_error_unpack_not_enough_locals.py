def f():
    x, y, z = (1, 2, 3)
    print(x, y, z)
    x, y, z = (4, 5)
    print("not reached")


f()
