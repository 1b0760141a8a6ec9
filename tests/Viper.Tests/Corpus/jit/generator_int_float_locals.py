# Int and float locals keep their values across yields; an int overflows to a big int after a resumption.
def doubling(start):
    n = start
    while True:
        yield n
        n = n * 2


def halving(x):
    f = x * 1.0
    while f > 1e-3:
        yield f
        f = f / 2.0


def mixed():
    total = 0
    scale = 0.5
    for i in range(6):
        total += i
        scale *= 3.0
        got = yield total, scale
        if got is not None:
            total = got


g = doubling(1)
values = [next(g) for _ in range(70)]
print(values[:5], values[-3:])
g = doubling(2 ** 62 - 1)
print(next(g), next(g), next(g))
print([round(v, 4) for v in halving(3)][:5], sum(1 for _ in halving(3)))
m = mixed()
print(next(m), next(m), m.send(100), next(m), list(m))
