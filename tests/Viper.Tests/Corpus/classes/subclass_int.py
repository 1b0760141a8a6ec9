class Flag(int):
    def describe(self):
        return f"Flag {int(self)}"

f = Flag(5)
print(f, repr(f), type(f).__name__, isinstance(f, int), f.describe())
print(f == 5, 5 == f, f != 6, f < 6, f >= 5, hash(f) == hash(5), {f: "x"}[5], {5: "y"}[f])
print(f + 1, type(f + 1) is int, type(1 + f) is int, type(f * 2) is int, type(-f) is int, type(+f) is int, type(abs(f)) is int)
print(f / 2, f // 2, f % 3, f ** 2, f << 2, f >> 1, f & 4, f | 2, f ^ 1, ~f, divmod(f, 2), pow(f, 2, 3))
print(int(f), type(int(f)) is int, float(f), str(f), type(str(f)) is str, bool(Flag(0)), bool(f))
print([10, 20, 30, 40, 50, 60][f], "abcdefg"[Flag(1):Flag(3)], list(range(Flag(3))), "ab" * Flag(2))
print(f"{f:>4}|{f:x}|{f:05d}", format(f, "b"), "%d %s %r %x" % (f, f, f, f), f.bit_length(), type(f.conjugate()) is int)
print(sorted([Flag(3), 1, Flag(2)]), max(Flag(1), Flag(7)), sum([Flag(1), Flag(2)]), type(sum([Flag(1), Flag(2)])) is int)
f.note = "hi"
print(f.note, f.__dict__)
big = Flag(2 ** 70)
print(big, big + 1, type(big + 1) is int, big == 2 ** 70, hash(big) == hash(2 ** 70), int(big) is not big)

class Money(int):
    def __new__(cls, value, currency):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __str__(self):
        return f"{int(self)} {self.currency}"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(int(self) + int(other), self.currency)
        return NotImplemented

    def __radd__(self, other):
        return Money(int(self) + other, self.currency)

m = Money(10, "EUR")
print(m, repr(m), [m], m + Money(5, "EUR"), 3 + m, m * 2, type(m * 2).__name__)
try:
    m + 1.5
except TypeError as e:
    print(type(e).__name__, e)

class Hex(int):
    def __eq__(self, other):
        return int(self) % 16 == int(other) % 16
    def __hash__(self):
        return int(self) % 16
    def __bool__(self):
        return False

h = Hex(17)
print(h == 1, h != 1, h == 2, bool(h), hash(h), {h: 1}.get(Hex(1)))

class Base16(int):
    pass

print(int.__new__(Base16, "ff", 16), type(int.__new__(Base16, "ff", 16)).__name__, Base16("11", 2), Base16(), Base16(3.9))
print(int.__add__(Flag(2), 3), int.__add__(2, 1.5), int.__repr__(Flag(4)), super(Flag, f).__add__(1))
for bad in ["x", "1.5"]:
    try:
        Flag(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Flag([])
except TypeError as e:
    print(type(e).__name__, e)
n = Flag(-3)
print(n, abs(n), -n, n + 3, bool(Flag(0) + 0), Flag(True), type(Flag(True)).__name__)
print(f.real, type(f.real) is int, f.imag, f.numerator, f.denominator, "%d|%5.1f" % (Flag(7), Flag(2)))
import math
print(math.factorial(Flag(5)), math.gcd(Flag(12), 18), math.trunc(Flag(3)), type(math.trunc(Flag(3))) is int, math.log2(Flag(8)))


def accumulate(values):
    total = 0
    for v in values:
        total = total + v
        if v > 2:
            total += v * 2
        if v == 3:
            total -= 1
    return total, type(total).__name__


for _ in range(3):
    print(accumulate([Flag(i) for i in range(6)]), accumulate([1, Flag(2), 3]), accumulate(range(4)))


def index_loop(seq, n):
    out = []
    i = Flag(0)
    while i < n:
        out.append(seq[i])
        i = i + 1
    return out, type(i).__name__


print(index_loop("hello", Flag(3)), index_loop([1, 2, 3], 2))
