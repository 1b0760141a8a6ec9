# Generators with cells and free variables, hot enough to be compiled: the compiled body reads the
# function through its generator, and the cells stay shared with the enclosing function.
def counter_gen(limit):
    step = 1

    def bump():
        nonlocal step
        step += 1

    i = 0
    while i < limit:
        yield i, step
        bump()
        i += step


def outer(n):
    seen = []
    base = 10

    def produce():
        for k in range(n):
            seen.append(k)
            yield base + k

    gen = produce()
    first = next(gen)
    base = 100
    rest = list(gen)
    return first, rest[:3], len(seen)


def safe(placed, column):
    row = len(placed)
    return all(column != c and row - r != abs(column - c) for r, c in enumerate(placed))


def solutions(n, placed=()):
    if len(placed) == n:
        yield placed
        return
    for column in range(n):
        if safe(placed, column):
            yield from solutions(n, placed + (column,))


def maker():
    factor = 3

    def gen():
        for v in range(4):
            yield (lambda x: x * factor)(v)

    return gen


def late():
    def gen():
        yield 1
        yield missing

    it = gen()
    print(next(it))
    try:
        next(it)
    except NameError as error:
        print(type(error).__name__, error)
    missing = 2


for _ in range(40):
    result = list(counter_gen(30)), outer(6), sum(1 for _ in solutions(6)), list(maker()())
print(result)
late()
late()
