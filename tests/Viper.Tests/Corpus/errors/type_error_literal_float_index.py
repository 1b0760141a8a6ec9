def f():
    xs = [1, 2]
    print(xs[0])
    print(xs[1.0])


f()
