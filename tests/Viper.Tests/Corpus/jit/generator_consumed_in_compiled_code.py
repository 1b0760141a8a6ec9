# Compiled functions handing compiled generators to list(), tuple(), set(), sorted() and sum().
def squares(n):
    return list(i * i for i in range(n))


def shapes(n):
    return tuple(i % 3 for i in range(n)), set(i % 3 for i in range(n)), sorted(-i for i in range(n))


def consumed_twice(n):
    gen = (i for i in range(n))
    first = sum(gen)
    return first, list(gen), tuple(gen)


def partly_consumed(n):
    gen = (i for i in range(n))
    head = [next(gen), next(gen)]
    return head, list(gen)


def broken(values):
    return list(10 // v for v in values)


for _ in range(50):
    result = squares(6), shapes(7), consumed_twice(5), partly_consumed(5)
print(result)
print(list(x for x in []), tuple(x for x in ""), set(x for x in ()))
broken([5, 2, 0, 1])
