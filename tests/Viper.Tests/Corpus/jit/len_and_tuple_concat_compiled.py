# len() and tuple concatenation in hot compiled code: the builtin containers (sets and frozensets
# included), user classes with and without __len__, subclasses, errors, a rebound len, and tuple
# subclasses that do and do not override __add__.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadLength:
    def __len__(self):
        return -1


class Unsized:
    pass


class CountingList(list):
    def __len__(self):
        return 1000 + super().__len__()


class Pair(tuple):
    pass


class Adding(tuple):
    def __add__(self, other):
        return "Adding.__add__"

    def __radd__(self, other):
        return "Adding.__radd__"


def lengths():
    containers = ["abc", [1, 2], (1, 2, 3), {1: 2}, {1, 2, 3, 4}, frozenset([5, 6]), {}.keys(), range(0, 10, 3),
                  b"xy", bytearray(b"xyz"), Sized(7), CountingList([1, 2]), set(), frozenset()]
    total = 0
    for _ in range(50):
        for c in containers:
            total += len(c)
    print(total, [len(c) for c in containers])
    for bad in (5, 2.5, None, Unsized(), BadLength(), range(2 ** 64)):
        try:
            print(len(bad))
        except (TypeError, ValueError, OverflowError) as error:
            print(type(error).__name__, error)


def rebound():
    return [len(x) for x in ("ab", [1], {3})]


def concatenations():
    t = ()
    for i in range(200):
        t = t + (i,)
        t += (-i,)
    print(len(t), t[:6], t[-4:])
    print(() + (), (1,) + (), () + (2,), type((1,) + (2,)).__name__)
    p = Pair((1, 2))
    for _ in range(20):
        mixed = p + (3,)
        other = (0,) + p
    print(mixed, type(mixed).__name__, other, type(other).__name__)
    a = Adding((1,))
    for _ in range(20):
        left = a + (2,)
        right = (2,) + a
    print(left, right)
    for bad in ([1], "x", 1, None):
        try:
            (1, 2) + bad
        except TypeError as error:
            print("TypeError:", error)
    nested = ((1, 2),)
    for _ in range(10):
        nested = nested + ((len(nested), nested[-1]),)
    print(len(nested), nested[2], nested[-1][0])


for _ in range(3):
    lengths()
    concatenations()
print(rebound())
len = lambda x: 42
print(rebound())
del len
print(rebound())
