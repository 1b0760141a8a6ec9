# The cost of operators and protocols on instances of a class written in Python, from hot code, in
# ns per operation (best of five passes): a binary operator with an operand of the same class and
# with a float, a rich comparison, a dict lookup with the class as key (__hash__ and __eq__), len()
# of an instance, and a plain method call doing what the operator does, for scale.
import time


class Vector:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        return self

    def __mul__(self, k):
        return self

    def sub(self, other):
        return self

    def __lt__(self, other):
        return self.x < other.x

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return self.x

    def __len__(self):
        return 3


def subtract(a, b, n):
    for _ in range(n):
        c = a - b
    return c


def scale(a, n):
    for _ in range(n):
        c = a * 2.0
    return c


def method(a, b, n):
    for _ in range(n):
        c = a.sub(b)
    return c


def less(a, b, n):
    count = 0
    for _ in range(n):
        if a < b:
            count += 1
    return count


def equal(a, b, n):
    count = 0
    for _ in range(n):
        if a == b:
            count += 1
    return count


def lookup(table, key, n):
    total = 0
    for _ in range(n):
        total += table[key]
    return total


def length(a, n):
    total = 0
    for _ in range(n):
        total += len(a)
    return total


N = 1000000
a, b = Vector(1), Vector(2)
table = {Vector(i): i for i in range(10)}
for name, run in [("subtract", lambda: subtract(a, b, N)),
                  ("scale", lambda: scale(a, N)),
                  ("method", lambda: method(a, b, N)),
                  ("less", lambda: less(a, b, N)),
                  ("equal", lambda: equal(a, b, N)),
                  ("lookup", lambda: lookup(table, Vector(5), N)),
                  ("length", lambda: length(a, N))]:
    best = None
    for _ in range(5):
        t = time.perf_counter()
        run()
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    print(name, round(best / N * 1e9, 1), "ns")
