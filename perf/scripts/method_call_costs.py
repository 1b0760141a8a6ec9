# The cost of method calls and instantiations from hot code, in ns per call (best of five passes):
# a site that only ever sees one class, one that sees four (direct calls cover up to four), one
# that sees six (the last two through the generic call), a method reached through several
# subclasses, and making instances of a class with an __init__.
import time


class Base:
    def __init__(self, k):
        self.k = k

    def get(self, x):
        return x + self.k

    def shared(self, x):
        return x - self.k


class A(Base):
    def get(self, x):
        return x + 1


class B(Base):
    def get(self, x):
        return x + 2


class C(Base):
    def get(self, x):
        return x + 3


class D(Base):
    def get(self, x):
        return x + 4


class E(Base):
    def get(self, x):
        return x + 5


# One function per site kind: a site's direct calls are the classes it had seen when its function
# was compiled.
def one_class(receivers, n):
    total = 0
    count = len(receivers)
    for i in range(n):
        total += receivers[i % count].get(i)
    return total


def four_classes(receivers, n):
    total = 0
    count = len(receivers)
    for i in range(n):
        total += receivers[i % count].get(i)
    return total


def six_classes(receivers, n):
    total = 0
    count = len(receivers)
    for i in range(n):
        total += receivers[i % count].get(i)
    return total


def inherited(receivers, n):
    total = 0
    count = len(receivers)
    for i in range(n):
        total += receivers[i % count].shared(i)
    return total


def instances(n):
    total = 0
    for i in range(n):
        total += Base(i).k
    return total


N = 1000000
for name, run in [("one_class", lambda: one_class([A(0)], N)),
                  ("four_classes", lambda: four_classes([A(0), B(0), C(0), D(0)], N)),
                  ("six_classes", lambda: six_classes([A(0), B(0), C(0), D(0), E(0), Base(0)], N)),
                  ("inherited_four_classes", lambda: inherited([A(0), B(0), C(0), D(0)], N)),
                  ("instantiation", lambda: instances(N))]:
    best = None
    for _ in range(5):
        t = time.perf_counter()
        run()
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    print(name, round(best / N * 1e9, 1), "ns")
