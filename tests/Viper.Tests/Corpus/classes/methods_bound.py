class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self

    def get(self):
        return self.n


c = Counter()
c.inc().inc().inc(5)
print(c.get())
f = c.inc
f()
f(10)
print(c.n)
print(f.__self__ is c, f.__func__ is Counter.inc, f.__name__, f.__qualname__)
g = Counter.inc
g(c, 100)
print(c.n)
methods = [c.inc, c.get]
methods[0](2)
print(methods[1]())
print(callable(c.inc), callable(c), callable(Counter))
d = Counter()
print(c.inc == c.inc, c.inc is c.inc)


def outside(self, k):
    return self.n * k


Counter.times = outside
print(c.times(2), d.times(2))
c.get = lambda: "instance attribute wins"
print(c.get())
print(d.get())
