# A compiled generator saves, at each yield, only the frame slots written since it last loaded or
# saved them. Locals changed between yields in every way: plain stores, loops, deletes, sends,
# items a consuming builtin takes without suspending, then next() on the same generator.


def counter(limit):
    total = 0
    label = "start"
    for i in range(limit):
        total += i
        if i % 3 == 0:
            label = "fizz%d" % i
        yield i, total, label
    yield "end", total, label


def outer_inner(rows, cols):
    for r in range(rows):
        prefix = "row%d" % r
        for c in range(cols):
            yield prefix, c


def deleting():
    x = 1
    yield "has x", x
    del x
    yield "deleted"
    try:
        print(x)
    except UnboundLocalError as error:
        yield "unbound", str(error)
    x = 2
    yield "rebound", x


def sending():
    received = []
    value = yield "first"
    while value is not None:
        received.append(value)
        value = yield len(received)
    yield received


def swapping(a, b):
    for _ in range(4):
        yield a, b
        a, b = b, a


def unchanged_then_changed(n):
    items = list(range(n))
    for x in items:
        yield x
    items = ["changed"]
    for x in items:
        yield x


def run():
    print(list(counter(7)))
    print(list(outer_inner(3, 2)))
    print(list(deleting()))
    gen = sending()
    print(next(gen), gen.send("a"), gen.send("b"), gen.send(None))
    print(list(swapping(1, "x")))
    print(list(unchanged_then_changed(3)))

    # A consuming builtin takes items without suspending, stops part-way, then next() resumes.
    gen = counter(10)
    print(any(item[0] == 4 for item in gen))
    print(next(gen), next(gen))
    gen = outer_inner(3, 3)
    print(sum(1 for _ in zip(range(4), gen)))
    print(next(gen), list(gen))
    gen = unchanged_then_changed(4)
    print([x for x, _ in zip(gen, range(5))])
    print(list(gen))
    gen = counter(5)
    print(sum(item[0] for item in [next(gen), next(gen)]), max(item[1] for item in gen))

    # A generator thrown into and closed part-way.
    gen = counter(5)
    next(gen)
    next(gen)
    try:
        gen.throw(ValueError("thrown"))
    except ValueError as error:
        print("throw", error)
    print(list(gen))
    gen = outer_inner(2, 2)
    next(gen)
    gen.close()
    print(list(gen))


for _ in range(3):
    run()
