def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    x = yield "start"
    while True:
        x = yield x * 2
e = echo()
print(e.send(None), e.send(3), e.send(10))
def inner():
    a = yield 1
    b = yield 2
    return a + b
def outer():
    r = yield from inner()
    yield r
    yield from [7, 8]
o = outer()
print(next(o), o.send(10), o.send(20), next(o), next(o))
print(sum(x * x for x in range(10)))
print(list((x, y) for x in range(3) for y in range(x) if y != 1))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
f = fin(); print(next(f)); f.close(); print(f.gi_running)
def tw():
    while True:
        try:
            yield 1
        except ValueError as ex:
            print("caught", ex)
t = tw(); next(t); print(t.throw(ValueError("v")))
print(repr(t).startswith("<generator object tw at 0x"), t.__name__)
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
