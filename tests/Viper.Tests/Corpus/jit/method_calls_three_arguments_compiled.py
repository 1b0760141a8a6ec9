# Method calls with three arguments from hot code (self.m(a, b, c)): a compiled method is called
# with its arguments as values; every other kind of callee found on the receiver goes through the
# general call with the same results.
import math


class Solver:
    scale = 3

    def __init__(self):
        self.calls = 0

    def narrow(self, domains, cell, allowed):
        self.calls += 1
        narrowed = domains[cell] & allowed
        if not narrowed:
            raise ValueError(cell)
        changed = narrowed != domains[cell]
        domains[cell] = narrowed
        return changed

    def with_default(self, a, b, c, d=100):
        return a + b + c + d

    def star(self, *args):
        return len(args), args

    def kw_only(self, a, b, c, *, d=7):
        return a * b * c + d

    @staticmethod
    def static(a, b, c):
        return ("static", a, b, c)

    @classmethod
    def klass(cls, a, b, c):
        return (cls.__name__, a + b + c + cls.scale)

    def closure(self, a, b, c):
        def inner():
            return a + b + c + self.calls
        return inner()

    def gen(self, a, b, c):
        yield a
        yield b
        yield c

    def recurse(self, n, acc, step):
        if n == 0:
            return acc
        return self.recurse(n - 1, acc + step, step)


class Sub(Solver):
    scale = 10

    def narrow(self, domains, cell, allowed):
        print("Sub.narrow", cell, sorted(allowed))
        return 2


def run(s, n):
    domains = [frozenset(range(5)) for _ in range(4)]
    changed = 0
    out = []
    for i in range(n):
        changed += s.narrow(domains, i % 4, frozenset(range(5 - i % 3)))
        out = [s.with_default(1, 2, 3), s.star(1, 2, 3), s.kw_only(1, 2, 3), s.static(1, 2, 3),
               s.klass(1, 2, 3), s.closure(1, 2, 3), list(s.gen(1, 2, 3)), s.recurse(3, 0, 2),
               math.fsum([i, 0.5, 0.25])]
    return changed, [sorted(d) for d in domains], out


for k in range(3):
    print(run(Solver(), 50))
print(run(Sub(), 5))

s = Solver()
s.narrow = lambda a, b, c: print("instance attribute", b) or 5
print(run(s, 3))

s = Solver()
try:
    for i in range(50):
        s.narrow([frozenset([1])], 0, frozenset([2]) if i == 49 else frozenset([1]))
except ValueError as e:
    print("ValueError", e, s.calls)


def wrong(s, kind):
    if kind == 0:
        return s.with_default(1, 2)
    if kind == 1:
        return s.kw_only(1, 2, 3, 4)
    return s.static(1, 2)


for k in range(40):
    for kind in range(3):
        try:
            wrong(Solver(), kind)
        except TypeError as e:
            if k == 39:
                print(kind, e)


def report(s):
    return s.narrow([frozenset([1])], 0, frozenset([2]))


for k in range(40):
    try:
        report(Solver())
    except ValueError:
        pass
report(Solver())
