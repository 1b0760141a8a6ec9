# Big-int + and - inside functions, where the limb adder takes them, and every kind of operand
# that must go elsewhere: ints made by * and ** (no limbs yet), int subclasses with and without
# their own operators, bools, floats, strs, objects with __radd__/__rsub__, unbound locals, and
# results that change sign or shrink back into 64 bits.
BIG = 2 ** 100
PRODUCT = 3 ** 60 * 7


class Plain(int):
    pass


class Loud(int):
    def __add__(self, other):
        return ("Loud.__add__", int(self), other)

    def __radd__(self, other):
        return ("Loud.__radd__", other, int(self))

    def __sub__(self, other):
        return ("Loud.__sub__", int(self), other)

    def __rsub__(self, other):
        return ("Loud.__rsub__", other, int(self))


class Right:
    def __radd__(self, other):
        return "Right.__radd__ " + str(other % 1000)

    def __rsub__(self, other):
        return "Right.__rsub__ " + str(other % 1000)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def both(a, b):
    s = a + b
    d = a - b
    return s, d, type(s).__name__, type(d).__name__


for a, b in [
    (BIG, BIG),
    (BIG, 1),
    (1, BIG),
    (BIG, -BIG),
    (BIG, -(BIG + 1)),
    (-BIG, BIG - 5),
    (BIG + 7, -BIG),
    (2 ** 63, -1),
    (-(2 ** 63) - 1, 1),
    (2 ** 64, -(2 ** 64) + 2 ** 63 - 1),
    (PRODUCT, BIG),
    (BIG, PRODUCT),
    (PRODUCT, -PRODUCT),
    (PRODUCT, 9223372036854775807),
    (-9223372036854775808, -BIG),
    (BIG, True),
    (False, -BIG),
    (BIG, 0),
    (0, -BIG),
]:
    print(both(a, b))

print(add(BIG, 0.5), sub(0.5, BIG), add(2.0 ** 70, BIG), sub(BIG, 2.0 ** 70))
print(add(Plain(BIG), BIG), type(add(Plain(BIG), BIG)).__name__, sub(BIG, Plain(5)), type(sub(BIG, Plain(5))).__name__)
print(add(Plain(5), Plain(BIG)), sub(Plain(BIG), Plain(BIG)))
print(add(Loud(BIG), BIG), add(BIG, Loud(3)), sub(Loud(BIG), BIG), sub(BIG, Loud(3)))
print(add(BIG, Right()), sub(BIG, Right()))

for bad in ["x", None, [1], (2,)]:
    for op in (add, sub):
        try:
            op(BIG, bad)
        except TypeError as error:
            print(op.__name__, type(error).__name__, error)
        try:
            op(bad, BIG)
        except TypeError as error:
            print(op.__name__, type(error).__name__, error)


def unbound_left():
    b = BIG
    if b < 0:
        a = 1
    return a + b


def unbound_right():
    a = BIG
    if a < 0:
        b = 1
    return a - b


for f in (unbound_left, unbound_right):
    try:
        f()
    except UnboundLocalError as error:
        print(f.__name__, type(error).__name__, error)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def countdown(n, step):
    x = n
    while x > 0:
        x = x - step
    return x


def alternate(n):
    x = 0
    for i in range(n):
        x = x + BIG if i % 3 else x - 2 * BIG
    return x


f = fib(1000)
print(f % 1000000007, f.bit_length(), hash(f) == hash(f + 0), f * 2 == f + f, f ^ (f + 1), (f + f) >> 690)
print(countdown(BIG, 2 ** 97), countdown(PRODUCT, 3 ** 58), alternate(50), alternate(51))
seen = {fib(300): "fib300", BIG + 1: "big+1"}
print(seen[fib(299) + fib(298)], seen[2 ** 100 + 1], str(fib(120) - fib(119)), repr(-fib(130) + fib(129)))
total = 0
for k in range(300):
    total += fib(k)
    total -= fib(k) // 2
print(total, total % 1000003)
