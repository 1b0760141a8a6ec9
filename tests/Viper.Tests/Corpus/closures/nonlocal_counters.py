def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())

inc2, reset2, peek2 = make_counter(100, 10)
print(inc2(), inc2(), peek(), peek2())


def accumulator():
    total = 0
    items = []

    def add(x):
        nonlocal total
        total = total + x
        items.append(x)
        return total, len(items)

    return add


acc = accumulator()
for v in [5, 10, -3]:
    print(acc(v))


def swap_pair():
    a, b = 1, 2

    def swap():
        nonlocal a, b
        a, b = b, a
        return a, b

    return swap


s = swap_pair()
print(s(), s(), s())


def nonlocal_in_loop():
    last = None

    def record(x):
        nonlocal last
        previous = last
        last = x
        return previous

    out = []
    for i in range(4):
        out.append(record(i * i))
    return out, last


print(nonlocal_in_loop())


def fib_memo():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result

    return fib


fib = fib_memo()
print(fib(50), fib(90))
