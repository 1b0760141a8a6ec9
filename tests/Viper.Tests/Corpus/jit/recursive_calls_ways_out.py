# Direct recursive calls in compiled code and every way out of their fast path: the callee global
# rebound (to the same function again, to another function with the same code, to other
# callables, deleted), arguments that are not small ints, and the exact recursion depth after
# exceptions left compiled frames.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for k in range(60):
    fib(8)
print(fib(20))
print(fib(10.0), fib(2.5), fib(True), fib(False), fib(-3))


def tail(n, stop):
    if n <= stop:
        return n
    return tail(n - 1, stop) + 1


for k in range(60):
    tail(5, 0)
print(tail(2**64 + 10, 2**64))
print(tail(2**63 + 5, 2**63 - 5))
print(tail(-2**63 + 5, -2**63 - 5))
print(tail(7.5, 0), tail(True, 0))


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other

    def __sub__(self, other):
        return Num(self.v - other)

    def __add__(self, other):
        return Num(self.v + other.v)


print(fib(Num(12)).v)


class Rebinder:
    """Rebinds fib from inside fib's own compare, once the value reaches 3."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global fib
        if self.v == 3:
            fib = lambda n: 100
        return self.v < other

    def __sub__(self, other):
        return self.v - other


saved = fib
print(fib(Rebinder(6)))
print(fib(Rebinder(3)), fib(5))
fib = saved
print(fib(15))


class Counting:
    calls = 0

    def __call__(self, n):
        Counting.calls += 1
        return saved(n) if n < 5 else -1


fib = Counting()
print(saved(8), Counting.calls)
fib = abs
print(saved(6))
fib = saved
print(fib(16))


def make(step):
    def walk(n):
        if n <= 0:
            return 0
        return walker(n - 1) + step

    return walk


walker = make(1)
for k in range(60):
    walker(5)
print(walker(10))
first = walker
walker = make(5)
print(walker(10), first(10))
walker = first
print(walker(10), first(10))



def maker():
    def countdown(n):
        if n == 0:
            return "done"
        return current(n - 1)

    return countdown


current = maker()
for k in range(60):
    current(5)
older = current
current = maker()
print(current(30), older(30), older is current)
current = len
try:
    older(3)
except TypeError as e:
    print("TypeError:", e)
current = older
print(current(12))

del fib
try:
    saved(5)
except NameError as e:
    print("NameError:", e)
fib = saved
print(fib(12))


def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


def plain(n):
    if n == 0:
        return 0
    return plain(n - 1) + 1


def deepest():
    n = 0
    while True:
        try:
            plain(n)
        except RecursionError:
            return n
        n += 1


for k in range(60):
    plain(5)
print(probe(0), deepest())


def raise_at(n):
    if n == 0:
        raise ValueError("bottom")
    return raise_at(n - 1) + 1


for k in range(3):
    try:
        raise_at(400)
    except ValueError as e:
        print("caught", e)
    try:
        fib(10**6)
    except RecursionError as e:
        print("caught", type(e).__name__)
print(probe(0), deepest())

sys.setrecursionlimit(60)
print(probe(0), deepest())
sys.setrecursionlimit(100000)
print(tail(50000, 0))
sys.setrecursionlimit(1000)
print(probe(0), deepest())


def explode(n):
    if n == 0:
        return 1 // n
    return explode(n - 1) + 1


explode(4)
