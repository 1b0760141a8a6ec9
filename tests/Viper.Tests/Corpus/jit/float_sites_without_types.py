# Float arithmetic and comparisons on values that are not known to be floats: list items and
# parameters, compiled before anything ran (the float path follows the int path at each site),
# and every way out of it: ints, mixed ints and floats, big ints, strs, overflow to infinity,
# NaN, and division by zero.
def step(a, b):
    return a * b + a - b, a / b


def items(xs):
    total = xs[0] * xs[1]
    total = total + xs[2] * xs[2]
    return total - xs[0] / xs[1]


def order(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b, not a < b, not a >= b


def branch(a, b):
    if a < b:
        return "lt"
    if not a <= b:
        return "gt"
    return "eq or unordered"


print(step(1.5, 0.25))
print(step(3, 4))
print(step(3, 0.5))
print(step(0.5, 3))
print(step(2 ** 70, 2.0))
print(step(True, 2.0))
print(step(1e308, 10.0))
print(step(-1e308, 1e-308))
print(items([0.5, 4.0, 1.25]))
print(items([3, 4, 5]))
print(items([1e200, 1e200, 1e200]))
print(order(1.0, 2.0), order(2.0, 1.0), order(2.0, 2.0))
print(order(float("nan"), 1.0))
print(order(1, 2.5), order(2.5, 1), order(-0.0, 0.0))
print(branch(1.0, 2.0), branch(3.0, 2.0), branch(2.0, 2.0), branch(float("nan"), 0.0))
print(branch(1, 1.5), branch(float("inf"), 2 ** 80))
for a, b in ((1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, -0.0)):
    try:
        print(step(a, b))
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
try:
    print(step("ab", 2.0))
except TypeError as error:
    print("TypeError:", error)
try:
    print(items([0.5, 0.0, 1.0]))
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)


def accumulate(n):
    x = 0.5
    for i in range(n):
        x = x * 1.5
    return x


print(accumulate(10), accumulate(2000))


def changes(values):
    out = []
    for v in values:
        w = v * 2.0
        out.append(w - v)
    return out


print(changes([1.5, 2, 2 ** 60, True]))
try:
    changes([1.5, "x"])
except TypeError as error:
    print("TypeError:", error)
print(step(1.0, 0.0) if False else "done")
