def bad():
    yield 1
    yield 2
    return [][5]

dict((x, x) for x in bad())
