# Every way a Python function's RETURN hands its value back: straight into a Python
# caller's slot (ints that fit inline, big ints, floats, objects, None), to a class
# call that ran __init__, to a generator's consumer, to builtins and C# callers that
# called the function, and an unbound local returned.


def inline_int(n):
    if n < 2:
        return n
    return inline_int(n - 1) + inline_int(n - 2)


def big(n):
    if n == 0:
        return 2**70
    return big(n - 1) * 3


def half(x):
    return x / 2


def pair(a, b):
    result = (a, b)
    return result


def nothing():
    value = None
    return value


def chain(n, acc):
    if n == 0:
        return acc
    return chain(n - 1, acc + n)


print(inline_int(15), big(3), half(7), pair("a", [1]), nothing(), chain(30, 0))

# The same slot receives an int, then an object, then a float: each store overwrites the last.
def mixed(kind):
    if kind == 0:
        return 41
    if kind == 1:
        return "str"
    return 2.5


values = []
for kind in [0, 1, 2, 0, 2, 1]:
    values.append(mixed(kind))
print(values)


class Point:
    def __init__(self, x, y):
        self.x = inline_int(x)
        self.y = y
        return None


p = Point(10, "y")
print(p.x, p.y)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


def gen(n):
    for i in range(n):
        yield chain(i, 0)
    return "done"


def delegate():
    result = yield from gen(4)
    print("yield from gave", result)
    return result


print(list(gen(5)), sum(gen(6)), list(delegate()))

# Builtins and sort keys call the function from outside the dispatch loop.
print(sorted([3, 1, 2], key=lambda v: inline_int(v + 5)), list(map(half, [1, 2])))
print(max(range(5), key=lambda v: -chain(v, 0)))


def unbound(flag):
    if flag:
        missing = 1
    return missing


try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(unbound(True))


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


print(deep(500))
