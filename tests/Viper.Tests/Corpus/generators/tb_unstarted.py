def gen():
    x = 1
    yield x

g = gen()
g.throw(ValueError, "v")
