# `in`, `not in`, len(), the set operators and == / != on sets and frozensets in hot code, and
# set()/frozenset() built from lists, tuples and other iterables: the fast cases for the builtin
# types and every way out of them (subclasses with their own methods, unhashable items, other
# operand types, items whose __hash__ or __eq__ runs Python code).

EMPTY = 7


def membership(containers, items):
    hits = []
    for c in containers:
        row = 0
        for x in items:
            if x in c:
                row += 1
            if x not in c:
                row += 100
        hits.append(row)
    return hits


class Evens(dict):
    def __contains__(self, key):
        return isinstance(key, int) and key % 2 == 0


class Hidden(dict):
    pass


containers = [frozenset([1, 2, 7]), {1, 3}, {1: "a", 8: "b"}, [1, 2, 2], (7, 8), range(0, 10, 2),
              Evens(), Hidden({2: 0}), {1: 1}.keys()]
for k in range(40):
    r = membership(containers, [1, 2, 7, 8, True, 1.0, 2.5])
print(r)


def bad_membership(item, container):
    return item in container


for k in range(40):
    bad_membership(1, {1})
for item, container in [([], {1}), ({}, frozenset()), (1, "abc"), ("a", 5), ([], {1: 2})]:
    try:
        print(bad_membership(item, container))
    except TypeError as e:
        print("TypeError", e)


def operators(a, b):
    return (sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a == b, a != b,
            type(a & b).__name__, type(b - a).__name__, a <= b, a < b, a >= b)


for k in range(40):
    r1 = operators(frozenset([1, 2, 3, 7]), frozenset([2, 3]))
    r2 = operators({1, 2}, frozenset([1, 2]))
    r3 = operators(frozenset(), {EMPTY})
print(r1)
print(r2)
print(r3)


def inplace(a, b):
    c = a
    c &= b
    d = a
    d |= b
    return sorted(c), sorted(d), c is a, d is a


for k in range(40):
    r1 = inplace({1, 2, 3}, frozenset([2, 9]))
    r2 = inplace(frozenset([1, 2, 3]), {2, 9})
print(r1, r2)


def mixed(a, b):
    return a & b


for k in range(40):
    mixed({1}, {1})
for a, b in [({1}, [1]), ([1], {1}), ({1}, 3), ({1}, None)]:
    try:
        print(sorted(mixed(a, b)))
    except TypeError as e:
        print("TypeError", e)


def equality(a, b):
    return a == b, a != b, b == a


for k in range(40):
    equality({1}, {1})
print(equality({1, 2}, frozenset([2, 1])), equality({1}, [1]), equality(frozenset(), set()), equality({1}, {1.0}),
      equality({1}, {1, 2}), equality(frozenset([(1, 2)]), {(1, 2)}))


def lengths(xs):
    return [len(x) for x in xs]


class Long(list):
    def __len__(self):
        return 99


class Short(tuple):
    pass


for k in range(40):
    r = lengths([[1, 2], {1}, frozenset(), (1, 2, 3), {1: 2}, "abc", Long([1]), Short((1, 2)), range(5), b"ab"])
print(r)


def build(kind, source):
    return frozenset(source) if kind else set(source)


class Backwards(list):
    def __iter__(self):
        return iter(reversed(list.__iter__(self) and self[:]))


class Noisy:
    def __init__(self, n, victim):
        self.n = n
        self.victim = victim

    def __hash__(self):
        if len(self.victim) < 6:
            self.victim.append(Noisy(self.n + 10, self.victim))
        return self.n

    def __eq__(self, other):
        return isinstance(other, Noisy) and other.n == self.n

    def __repr__(self):
        return f"Noisy({self.n})"


for k in range(40):
    r = [sorted(build(kind, src)) for kind in (0, 1) for src in ([3, 1, 3], (2, 2, 5), "aba", range(3), {4: 0}, frozenset([6]))]
print(r)
print(sorted(build(1, Backwards([1, 2, 3]))), build(0, Backwards([])))
victim = []
victim.append(Noisy(1, victim))
print(sorted(build(0, victim), key=lambda n: n.n), len(victim))
f = frozenset([1, 2])
print(build(1, f) is f, build(0, f) is f, type(build(1, {1})).__name__)
for src in ([[1]], ([1], 2), [{}]):
    try:
        build(1, src)
    except TypeError as e:
        print("TypeError", e)
try:
    build(0, 5)
except TypeError as e:
    print("TypeError", e)


def from_generator(values, low, high):
    return frozenset(v for v in values if v == EMPTY or low <= v <= high), set(v * 2 for v in values)


for k in range(40):
    r = from_generator(range(10), 2, 4)
print(sorted(r[0]), sorted(r[1]))
