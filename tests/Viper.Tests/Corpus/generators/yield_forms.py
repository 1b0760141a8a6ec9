f = lambda: (yield 1)
g = f()
print(next(g), repr(g)[:28])
try:
    g.send("to lambda")
except StopIteration as e:
    print("lambda returned", e.value)


def forms():
    x = yield
    print("x =", x)
    print("printed", (yield x))
    y = [(yield i) for i in range(0)] if False else None
    total = (yield 1) + (yield 2)
    print("total", total)
    a, b = yield "pair"
    print(a, b)
    d = {"k": (yield "dict")}
    print(d)
    return f"{(yield 'fstring')}!"


gen = forms()
print(next(gen))
print(gen.send("first"))
print(gen.send("second"))
print(gen.send(10))
print(gen.send(20))
print(gen.send((1, 2)))
print(gen.send("value"))
try:
    gen.send("last")
except StopIteration as e:
    print("returned", e.value)


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__ if kind else None)


def in_with():
    with Managed():
        yield 1
        yield 2


w = in_with()
next(w)
w.close()
print("closed")


def gen_default(a, b=10):
    yield a + b


print(list(gen_default(1)), list(gen_default(1, b=2)))
try:
    gen_default()
except TypeError as e:
    print(e)


def conditional_generator(flag):
    if flag:
        return "never yields"
    yield "unreachable"


try:
    next(conditional_generator(True))
except StopIteration as e:
    print("StopIteration", e.value)
print(list(conditional_generator(False)))


def empty_gen():
    return
    yield


print(list(empty_gen()), tuple(x for x in empty_gen()))


def genexpr_closure():
    factor = 3
    gens = [(x * factor for x in range(3)), (x + factor for x in range(2))]
    factor = 5
    return [list(g) for g in gens]


print(genexpr_closure())
g1 = (i for i in range(3))
g2 = (j * i for i in range(3) for j in g1)
print(list(g2))
print(list(x for x in range(10) if x % 2 if x % 3))
print(list((x, y) for x in "ab" for y in "cd" if x != "b" or y != "c"))
