def f():
    x = 1
    y = 2
    print(x, y)
    x, y = [3, 4, 5]
    print("not reached", x, y)


f()
