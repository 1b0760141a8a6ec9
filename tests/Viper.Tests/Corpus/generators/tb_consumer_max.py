def bad():
    yield 1
    yield 2
    return [][5]

max(x for x in bad())
