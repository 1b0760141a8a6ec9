# `for i, x in enumerate(...)` in hot code: the index and item go straight into the two names.
# Every other iterable reaching the same loop (zip, dict items, lists of pairs, a rebound
# enumerate, a generator), starts beyond 64 bits, unpacking errors, nested targets, the names read
# after the loop, and an iterable changed during the loop.
import sys


def total(pairs):
    s = 0
    last = None
    for i, x in pairs:
        s += i * x
        last = (i, x)
    return s, last


for k in range(60):
    r = total(enumerate([3, 4, 5]))
print(r)
print(total(enumerate([3, 4, 5], 10)))
print(total(enumerate([], 10)))
print(total(zip([1, 2], [3, 4])))
print(total({1: 2, 3: 4}.items()))
print(total([(1, 1), [2, 2]]))
print(total(enumerate(range(3), sys.maxsize - 1)))
print(total(enumerate([1, 2], 2 ** 70)))
print(total(enumerate([1.5, 2.5], -3)))
print(total((i, i) for i in range(4)))


def named(xs):
    out = []
    for index, item in enumerate(xs):
        out.append(f"{index}:{item}")
    return out, index, item


for k in range(60):
    r = named("abc")
print(r)
try:
    named("")
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def bad(pairs):
    n = 0
    for a, b in pairs:
        n += 1
    return n


for k in range(60):
    bad(enumerate("xy"))
for pairs in ([(1, 2, 3)], [(1,)], [5], zip([1], [2], [3])):
    try:
        bad(pairs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def nested(xs):
    out = []
    for i, (a, b) in enumerate(xs):
        out.append(i + a * b)
    for j, x in enumerate(enumerate(xs)):
        out.append((j, x))
    return out


for k in range(60):
    r = nested([(1, 2), (3, 4)])
print(r)


def growing(xs):
    for i, x in enumerate(xs):
        if i < 5:
            xs.append(x + 1)
    return xs


for k in range(60):
    r = growing([0])
print(r)


def rebound(xs):
    return [(i, x) for i, x in enumerate(xs)]


for k in range(60):
    r = rebound("ab")
print(r)
real_enumerate = enumerate


def enumerate(xs):
    return real_enumerate(xs, 100)


print(rebound("ab"), total(enumerate([1])))
del enumerate
print(rebound("ab"))


def through_break(xs):
    found = None
    for i, x in enumerate(xs):
        if x == "c":
            found = i
            break
    else:
        found = -1
    return found, i, x


for k in range(60):
    r = through_break("abcd")
print(r, through_break("ab"))


def raises_inside(xs):
    for i, x in enumerate(xs):
        if x is None:
            raise KeyError(i)
    return i


for k in range(60):
    raises_inside([1])
raises_inside([1, None])
