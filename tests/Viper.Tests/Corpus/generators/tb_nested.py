def leaf(n):
    yield n
    yield 1 / (n - n)

def middle():
    yield from leaf(3)

def top():
    for v in middle():
        yield v * 2

print(list(top()))
