# StopIteration raised inside a generator becomes RuntimeError (PEP 479), with the StopIteration as its cause.
def explicit():
    yield 1
    raise StopIteration("inner")


def via_next():
    it = iter([])
    yield 0
    yield next(it)


for gen in (explicit, via_next):
    for _ in range(3):
        g = gen()
        print(next(g))
        try:
            next(g)
        except RuntimeError as error:
            print(type(error).__name__, error, repr(error.__cause__), error.__suppress_context__)
        print(next(g, "finished"))

g = explicit()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as error:
    print("throw:", error)

print(list(explicit()))
