class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return False

def with_gen():
    with Resource("a") as r:
        yield r.name
        yield r.name + "!"
    print("after with")

print(list(with_gen()))
w = with_gen()
print(next(w))
try:
    w.throw(ValueError("inside with"))
except ValueError as e:
    print("propagated", e)

def try_gen():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            print("handled", e)
            yield -i
        else:
            print("else", i)
        finally:
            print("finally", i)
print(list(try_gen()))

def reraise_after_yield():
    try:
        raise ValueError("original")
    except ValueError:
        yield "in handler"
        raise
g = reraise_after_yield()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("re-raised", e)

def context_gen():
    try:
        yield 1
    except KeyError:
        raise TypeError("during")
g = context_gen()
next(g)
try:
    g.throw(KeyError("first"))
except TypeError as e:
    print(repr(e), repr(e.__context__))

def return_in_finally_loop():
    for i in range(5):
        try:
            yield i
            if i == 2:
                return "early"
        finally:
            print("cleanup", i)
g = return_in_finally_loop()
print(list(g))

def make_counter(start):
    count = start
    def gen(step):
        nonlocal count
        while count < start + 3:
            yield count
            count += step
    return gen
c = make_counter(10)
print(list(c(1)), list(c(1)))

def closure_over_gen_locals():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 100
        fs.append(f)
        yield fs[-1]()
    yield [f() for f in fs]
print(list(closure_over_gen_locals()))

def cell_in_gen(n):
    total = 0
    def add(x):
        nonlocal total
        total += x
    for i in range(n):
        add(i)
        yield total
print(list(cell_in_gen(4)))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

t = Tree(1, (Tree(2, (Tree(4),)), Tree(3)))
print(list(t), list(t.depth_first()))
print(sum(t), max(t))

class Base:
    def items(self):
        yield "base"
class Derived(Base):
    def items(self):
        yield "derived"
        yield from super().items()
    @staticmethod
    def stat():
        yield "static"
    @classmethod
    def cls(cls):
        yield cls.__name__
print(list(Derived().items()), list(Derived.stat()), list(Derived.cls()))

def deep(n):
    if n == 0:
        yield 0
        return
    for v in deep(n - 1):
        yield v + 1
print(list(deep(200)))

def delegate_value():
    def sub():
        received = []
        while True:
            x = yield len(received)
            if x is None:
                return received
            received.append(x)
    result = yield from sub()
    yield "result", result
d = delegate_value()
print(next(d), d.send("a"), d.send("b"), d.send(None))

class Thrower:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("iter-result")
        return self.n
    def send(self, v):
        return ("sent", v)
    def throw(self, exc):
        print("delegate got", repr(exc))
        return "recovered"
    def close(self):
        print("delegate closed")

def over_user():
    r = yield from Thrower()
    yield "finished with", r
u = over_user()
print(next(u), u.send("x"), u.throw(ValueError("t")), next(u), next(u), next(u))
u = over_user()
next(u)
u.close()

def over_list():
    yield from [1, 2]
ol = over_list()
next(ol)
try:
    ol.send(5)
except AttributeError as e:
    print("AttributeError", e)

def sub_closer():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
def main_closer():
    try:
        yield from sub_closer()
    finally:
        print("main finally")
m = main_closer()
next(m)
m.close()

def sub_catch():
    try:
        yield 1
    except ValueError:
        return "sub handled"
def main_catch():
    r = yield from sub_catch()
    yield r
m = main_catch()
next(m)
print(m.throw(ValueError))

def gen_in_genexpr():
    return list(x * y for x in range(3) for y in (lambda z: range(z))(x))
print(gen_in_genexpr())

def lazy_rest():
    g = (x + y for x in [1, 2] for y in undefined_name)
    print("created")
    try:
        next(g)
    except NameError as e:
        print("lazily", e)
lazy_rest()
try:
    (x for x in undefined_first)
except NameError as e:
    print("eagerly", e)
x = "outer"
g = (x for x in range(2))
print(list(g), x)
