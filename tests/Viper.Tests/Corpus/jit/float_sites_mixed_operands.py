# Float arithmetic and comparisons in compiled code whose operands are read from attributes,
# items or calls (boxed): an int beside a float converts as Python converts it, int constants at
# float sites (x * 2, x < 0), two ints at a float site stay ints, big ints, subclasses and other
# types go the generic way, and a loop first reached after its function was compiled.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def mix(p, k):
    a = p.x * k
    b = k * p.x
    c = p.x / k
    d = p.y + 2
    e = p.y - 3
    f = p.x * 2
    g = 2 - p.x
    h = p.x / 4
    return a, b, c, d, e, f, g, h


for i in range(300):
    r = mix(P(1.5, 2.5), 3)
print(r)
print(mix(P(1.5, 2.5), 2.0))
print(mix(P(7, 9), 2))
print(mix(P(2**53 + 1, 2**63 - 1), 3))
print(mix(P(1.0, 2**70), 2**80))
print(mix(P(float("inf"), float("nan")), -1))
print(mix(P(True, False), 0.5))
try:
    print(mix(P(1.5, 2.5), 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(mix(P("ab", "cd"), 3))
except TypeError as e:
    print(type(e).__name__, e)


class Half(float):
    def __mul__(self, other):
        return "Half.__mul__"

    def __rmul__(self, other):
        return "Half.__rmul__"


print(mix(P(Half(1.0), 1.0), 3)[:2], mix(P(1.5, 1.0), Half(3.0))[:2])


def signs(values):
    out = []
    for v in values:
        if v < 0:
            out.append("neg")
        elif v > 1000000:
            out.append("big")
        elif v == 0:
            out.append("zero")
        else:
            out.append("pos")
    return out


for i in range(100):
    signs([1.5, -2.0, 0.0, 3])
print(signs([1.5, -2.0, 0.0, -0.0, 3, -7, 10**20, 2e6, float("nan"), float("-inf"), True]))
print(signs([9007199254740993.0, -9007199254740993, 1000000.0000001]))


def late(n, points):
    total = 0
    for i in range(n):
        total += i
    scaled = []
    for x, y in points:
        scaled.append((x - 0.5) * 4 / y + total % 3)
    return total, scaled


print(late(3000, [(1.0, 2), (2, 4.0), (3, 3), (0.25, 0.5)]))
try:
    late(2000, [(1.0, 0)])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
