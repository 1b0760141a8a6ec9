# send(), throw() and close() on generators whose bodies run compiled.
def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return (total, count)


for _ in range(3):
    acc = accumulator()
    print(next(acc))
    print(acc.send(5), acc.send(7), acc.send(-2))
    try:
        acc.send(None)
    except StopIteration as stop:
        print("returned", stop.value)
    print(list(acc))

gen = accumulator()
try:
    gen.send(3)
except TypeError as error:
    print("TypeError:", error)


def counter():
    n = 0
    while True:
        yield n
        n += 1


c = counter()
print(next(c), next(c))
try:
    c.throw(ValueError("stop there"))
except ValueError as error:
    print("ValueError:", error)
print(next(c, "finished"))

c = counter()
print(next(c))
c.close()
print(next(c, "closed"))
c.close()

fresh = counter()
fresh.close()
print(list(fresh))

c = counter()
next(c)
try:
    c.throw(KeyError, "k")
except KeyError as error:
    print("KeyError:", error)

never_started = counter()
try:
    never_started.throw(RuntimeError("before start"))
except RuntimeError as error:
    print("RuntimeError:", error)
print(list(never_started))
