# A generator failing two consumers deep: both calls and both generator frames are in the traceback.
def inner(n):
    for i in range(n):
        yield 10 // (2 - i)


def outer():
    yield sum(inner(2))
    yield sum(inner(3))


def run():
    return list(outer())


run()
