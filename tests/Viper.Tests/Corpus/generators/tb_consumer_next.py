def bad():
    yield 1
    yield 2
    return [][5]

next(bad()); g = bad(); next(g); next(g); next(g)
