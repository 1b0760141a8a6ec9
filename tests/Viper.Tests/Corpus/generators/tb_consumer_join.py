def bad():
    yield 1
    yield 2
    return [][5]

",".join(str(x) for x in bad())
