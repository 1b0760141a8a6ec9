def f():
    return list((yield i) for i in range(3))
