def bad():
    yield 1
    yield 2
    return [][5]

for x in (y for y in bad()): pass
