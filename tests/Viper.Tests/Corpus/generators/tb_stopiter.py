def gen():
    yield 1
    raise StopIteration(5)

print(list(gen()))
