# Tuples of literals are constants, as in CPython: the same object each time the expression runs,
# and still ordinary tuples to every operation.
def constant():
    return (1, "a", 2.5, None, True)


def nested():
    return ((1, 2), (3,), ())


def built(x):
    return (x, 1)


print(constant(), nested(), built(5))
print(constant() is constant(), nested() is nested(), built(1) is built(1))
print(nested()[0] is nested()[0], len(constant()), constant()[1], constant() + (9,))
print(hash(constant()) == hash((1, "a", 2.5, None, True)), constant() == (1, "a", 2.5, None, True))
total = 0
for k in (10, 20, 30):
    total += k
print(total, 20 in (10, 20, 30), (1, 2) < (1, 3), (2 ** 70, -1))
d = {(1, 2): "pair"}
print(d[(1, 2)], d.get((2, 1)))


def negatives():
    return (-1, -2.5, -0.0, -9223372036854775808, -9223372036854775809)


print(negatives(), negatives() is negatives(), negatives()[2])


def other_literals():
    return (b"ab", ..., (), "")


print(other_literals(), other_literals() is other_literals())
