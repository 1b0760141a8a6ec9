# A compiled generator saves its frame slots at each yield, writing a slot's reference only when it
# changed since the resumption loaded it. Slots that keep their object, keep their tag with a new
# payload (an int counter), change kind (int, float, big int, str, None, bool, unbound), or hold
# an object mutated in place, across yields resumed by for loops, next(), send(), consuming
# builtins and yield from, in generators that stay alive while others run.


def kinds():
    value = 1
    for step in range(12):
        yield step, value
        if step % 6 == 0:
            value = value + 1
        elif step % 6 == 1:
            value = float(value) / 3
        elif step % 6 == 2:
            value = 2 ** 70 + step
        elif step % 6 == 3:
            value = "s%d" % step
        elif step % 6 == 4:
            value = None
        else:
            value = step > 3


def same_object():
    items = []
    table = {}
    for i in range(5):
        items.append(i)
        table[i] = len(items)
        yield list(items), dict(table)


def counters(limit):
    small = 0
    large = 2 ** 62
    real = 0.5
    while small < limit:
        yield small, large, real
        small += 1
        large += 2 ** 61
        real *= 3


def deleted_between():
    x = "first"
    yield x
    del x
    try:
        yield x
    except UnboundLocalError as error:
        yield "unbound: " + str(error)
    x = 3
    yield x
    x += 1
    yield x


def accumulate():
    total = 0
    history = ()
    while True:
        received = yield total, history
        if received is None:
            return total, history
        total += received
        history = history + (received,)


def delegate(depth):
    marker = depth
    if depth == 0:
        yield from kinds()
    else:
        yield from delegate(depth - 1)
    yield "after", marker


def interleaved():
    first = counters(6)
    second = kinds()
    out = []
    for pair in zip(first, second):
        out.append(pair)
    return out


for item in kinds():
    print("kinds", item)

for item in same_object():
    print("same", item)

print("counters", list(counters(5)))
print("sum of smalls", sum(s for s, _, _ in counters(50)))
print("max real", max(r for _, _, r in counters(20)))

generator = counters(4)
print("next", next(generator), next(generator))
print("rest", list(generator))

print("deleted", list(deleted_between()))

averager = accumulate()
print("start", next(averager))
for number in [3, 4.5, 2 ** 65, -7, True]:
    print("sent", number, averager.send(number))
try:
    averager.send(None)
except StopIteration as stop:
    print("returned", stop.value)

print("delegate", list(delegate(3)))
print("interleaved", interleaved())

# Many generators alive at once, each resumed after the others ran (their slots hold old objects).
alive = [counters(3 + i % 4) for i in range(40)]
rounds = 0
while alive:
    still = []
    for generator in alive:
        try:
            small, large, real = next(generator)
            rounds += small
            still.append(generator)
        except StopIteration:
            pass
    alive = still
print("rounds", rounds)

# A generator whose slots change kind, thrown into and closed part-way.
g = kinds()
print("first two", next(g), next(g))
try:
    g.throw(ValueError("stop here"))
except ValueError as error:
    print("thrown out", error)
print("after throw", list(g))
g = counters(10)
print("one", next(g))
g.close()
print("closed", list(g))
