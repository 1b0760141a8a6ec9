def f():
    xs = [1]
    xs[0] = 2
    print(xs)
    xs[1] = 3


f()
