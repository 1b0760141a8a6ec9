def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
print(list(gen(4)), tuple(gen(4)), set(gen(4)), sorted(gen(4), reverse=True))
print(dict((i, i * i) for i in gen(3)))
print(sum(gen(10)), min(gen(5)), max(gen(5)), any(x > 3 for x in gen(5)), all(x < 3 for x in gen(5)))
print(list(zip(gen(3), "abc")), list(enumerate(gen(3), 1)))
print(list(map(lambda x: x * 10, gen(3))), list(filter(None, gen(4))))
print(3 in gen(5), 7 in gen(5))
print(",".join(str(x) for x in gen(4)))
print("-".join(s for s in ["a", "b"]))
print([x for x in gen(3)], {x: x for x in gen(2)}, {x for x in gen(3)})
it = iter(gen(3))
print(next(it), next(it, "d"), next(it, "d"), next(it, "d"))
try:
    reversed(gen(3))
except TypeError as e:
    print(e)
try:
    len(gen(3))
except TypeError as e:
    print(e)
try:
    gen(3)[0]
except TypeError as e:
    print(e)
print(min(gen(0), default="none"), max((x for x in []), default=-1))
g = gen(5)
for x in g:
    if x == 2:
        break
print("rest", list(g))
print(list(gen(3)) == [0, 1, 2])
print(type(gen(1)).__name__, type(x for x in []).__name__)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
def outer():
    return (y for y in range(2))
print(outer().__qualname__)
class K:
    def items(self):
        yield from [1, 2]
print(K().items().__qualname__, list(K().items()))
counter = iter(lambda: 1, 1)
print(list(counter))
values = [3, 2, 1, 0, 5]
pos = iter(values.pop, 0)
print(list(pos))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
import math
print(math.fsum(x / 10 for x in gen(5)))
print(list(x for x in range(3) if x))
print(sorted((c for c in "hello"), key=lambda c: -ord(c)))


def sub():
    yield 1


def delegating():
    yield from sub()
    yield "plain"


d = delegating()
print(d.gi_yieldfrom, d.gi_suspended, d.gi_running)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__, d.gi_suspended)
next(d)
print(d.gi_yieldfrom, d.gi_suspended)
print(list(d), d.gi_yieldfrom, d.gi_suspended)
