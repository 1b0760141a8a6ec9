x = "global x"
print([x for x in range(3)], x)

i = 99
squares = [i * i for i in range(4)]
print(squares, i)


def loop_variable_does_not_leak():
    y = "outer y"
    result = [y for y in "ab"]
    return result, y


print(loop_variable_does_not_leak())


def reads_enclosing():
    scale = 3
    return [n * scale for n in range(4)]


print(reads_enclosing())


class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    factor = 10
    try:
        scaled = [factor * k for k in range(2)]
    except NameError as e:
        scaled = str(e)


print(Config.upper, Config.scaled)


def first_iterable_in_enclosing_scope():
    data = [1, 2, 3]
    return [[d + e for e in data] for d in data]


print(first_iterable_in_enclosing_scope())


def closures_from_comprehension():
    return [lambda: k for k in range(3)]


print([f() for f in closures_from_comprehension()])


def walrus_binds_enclosing():
    total = 0
    running = [total := total + v for v in range(1, 5)]
    return running, total


print(walrus_binds_enclosing())
found = [last := n for n in range(5) if n % 2]
print(found, last)


def any_match(values):
    if any([(hit := v) > 10 for v in values]):
        return hit
    return None


print(any_match([3, 20, 5]))


def nonlocal_through_comprehension():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return [bump() for _ in range(3)], count


print(nonlocal_through_comprehension())
print([[j for j in range(i)] for i in range(4)])
print([y for x in [[1, 2], [3]] for y in x])
print(loop_variable_does_not_leak.__name__, [f.__qualname__ for f in closures_from_comprehension()][0])
