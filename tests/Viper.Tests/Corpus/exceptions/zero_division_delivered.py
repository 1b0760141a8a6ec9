# Division by zero raised by /, // and % and caught: ints, bools, floats, big ints and their
# mixes, each operator's message, subclasses whose reflected methods answer first, a divisor that
# becomes zero inside a hot int loop, the error's context in a handler, and an uncaught one
# leaving through several frames.
class Half(int):
    def __rtruediv__(self, other):
        return ("rtruediv", other)

    def __rfloordiv__(self, other):
        return ("rfloordiv", other)

    def __rmod__(self, other):
        return ("rmod", other)


class Tenth(float):
    def __truediv__(self, other):
        return ("truediv", other)


def divide(a, b):
    results = []
    for name, op in (("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)):
        try:
            results.append((name, op(a, b)))
        except ZeroDivisionError as e:
            results.append((name, str(e)))
    return results


def direct(a, b):
    out = []
    try:
        out.append(a / b)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(a // b)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(a % b)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


big = 10 ** 30
for a, b in ((1, 0), (1.5, 0), (1, 0.0), (2.5, -0.0), (True, False), (big, 0), (big, 0.0), (-7, False),
             (0, 0), (7, 2), (7.5, 2), (1, Half(0)), (Tenth(1), 0)):
    print(repr(a), repr(b), divide(a, b), direct(a, b))

total = 0
errors = 0
for i in range(2000):
    try:
        total += 1000 // (i % 7 - 3) + 1000 % (i % 5 - 2)
    except ZeroDivisionError:
        errors += 1
print("loop", total, errors)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print("context", repr(e), repr(e.__context__))


def ratio(a, b):
    return a / b


def mean(values):
    return ratio(sum(values), len(values))


for values in ([1, 2, 3], []):
    try:
        print("mean", mean(values))
    except ZeroDivisionError as e:
        print("mean", e)

mean([])
