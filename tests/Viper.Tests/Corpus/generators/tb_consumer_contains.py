def bad():
    yield 1
    yield 2
    return [][5]

3 in bad()
