def gen():
    x = yield 1
    print("got", x)
    yield 2

def report(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

g = gen()
report(lambda: g.send(5))
report(lambda: next(g))
report(lambda: g.send("hello"))
report(lambda: next(g))
report(lambda: next(g))
report(lambda: g.send(1))

def selfref():
    yield next(me)
me = selfref()
report(lambda: next(me))
report(lambda: next(me))

g = gen()
report(lambda: g.send())
report(lambda: g.send(1, 2))
report(lambda: g.throw())
report(lambda: g.throw(1))
report(lambda: g.throw(ValueError(), 1))
report(lambda: g.throw(1, 2, 3, 4))
report(lambda: g.close(1))
report(lambda: g.__next__(1))
report(lambda: g.throw(ValueError, 5, 5))
g = gen()
next(g)
report(lambda: g.throw(ValueError, (1, 2)))
report(lambda: next(g))
g = gen()
next(g)
report(lambda: g.throw(ValueError, ValueError(3)))
g = gen()
next(g)
report(lambda: g.throw(TypeError))
report(lambda: g.throw(TypeError("after end")))
report(lambda: g.close())
report(lambda: iter(g) is g)
report(lambda: g.gi_running)

def running():
    yield g2.gi_running
g2 = running()
report(lambda: next(g2))

def returns():
    return 42
    yield
report(lambda: next(returns()))
try:
    next(returns())
except StopIteration as e:
    print(e.value, e.args)
def returns_none():
    yield 1
    return None
r = returns_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print(repr(e.value), e.args)
print(next(r, "default"))
print(next(iter([]), "empty"))

def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

def next_inside():
    it = iter([])
    yield next(it)
try:
    for v in next_inside():
        pass
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

try:
    gen().send(3)
except TypeError as e:
    print(e)
report(lambda: iter())
report(lambda: iter(1, 2, 3))
report(lambda: iter(1, 2))
print(type(iter(int, 1)).__name__)
def boom():
    raise StopIteration
print(list(iter(boom, 0)))
