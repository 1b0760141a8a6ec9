# yield from: delegation chains, return values through StopIteration.value, and send/throw through them.
def leaf(n):
    for i in range(n):
        yield i
    return n * 10


def middle(n):
    first = yield from leaf(n)
    second = yield from leaf(first // 10)
    return first + second


def top(n):
    result = yield from middle(n)
    yield ("result", result)


for _ in range(3):
    print(list(top(3)))

g = middle(2)
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as stop:
        print(items, "value", stop.value)
        break


def echo():
    received = []
    while True:
        value = yield len(received)
        if value == "stop":
            return received
        received.append(value)


def relay():
    got = yield from echo()
    yield ("relay got", got)


r = relay()
print(next(r), r.send("a"), r.send("b"), r.send("stop"))


def tolerant():
    while True:
        try:
            yield "waiting"
        except ValueError:
            return "handled"


def delegator():
    outcome = yield from tolerant()
    yield outcome


d = delegator()
print(next(d))
print(d.throw(ValueError))
d = delegator()
next(d)
d.close()
print(next(d, "closed"))


def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * x for x in range(3))


print(list(from_iterables()))


def recursive(depth):
    if depth == 0:
        yield "bottom"
        return
    yield depth
    yield from recursive(depth - 1)


print(list(recursive(5)))
g = recursive(3)
print(next(g), next(g), g.gi_yieldfrom is not None)
