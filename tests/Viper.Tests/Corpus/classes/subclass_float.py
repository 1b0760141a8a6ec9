class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

c = Celsius(21.5)
print(c, repr(c), type(c).__name__, isinstance(c, float), c.to_f(), type(c.to_f()) is float)
print(c == 21.5, 21.5 == c, c < 30, c > 30, hash(c) == hash(21.5), {c: 1}[21.5], Celsius(2) == 2, hash(Celsius(2)) == hash(2))
print(c + 1, type(c + 1) is float, type(1 + c) is float, type(-c) is float, type(abs(c)) is float, c * 2, c / 2, c // 2, c % 5, c ** 2)
print(float(c), type(float(c)) is float, int(c), str(c), type(str(c)) is str, bool(Celsius(0)), bool(c))
print(f"{c:.2f}|{c:>8}|{c}", format(Celsius(1.5), ".2f"), "%.1f %s %r" % (c, c, c), round(c), c.is_integer(), type(c.conjugate()) is float)
print(sorted([Celsius(3), 1.5, Celsius(-2)]), max(Celsius(1), Celsius(7)), sum([Celsius(1), Celsius(2)]))
import math
print(math.floor(c), math.sqrt(Celsius(16)), math.isnan(Celsius("nan")), Celsius("1.5"), float.__new__(Celsius, "2.5"), Celsius(), Celsius(3))
c.label = "room"
print(c.label, c.__dict__)

class Temp(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __repr__(self):
        return f"Temp({float(self)}{self.unit})"

    def __add__(self, other):
        return Temp(float(self) + float(other), self.unit)

t = Temp(1.25, "K")
print(t, repr(t), [t], t + 1, type(t + 1).__name__, 1 + t, type(1 + t).__name__, str(t), f"{t}", float.__repr__(t))
try:
    Celsius("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Celsius([])
except TypeError as e:
    print(type(e).__name__, e)
print(float.__add__(Celsius(1), 2), float.__add__(1.0, "x"), float.__lt__(Celsius(1), 2), Celsius(1) < Celsius(2))
print(c.real, type(c.real) is float, c.imag, "%d %5.2f %e %g" % (Celsius(7.9), Celsius(2), Celsius(1e10), Celsius(0.5)), math.trunc(Celsius(-3.7)))


def mean(values):
    total = 0.0
    for v in values:
        total += v
        if v > 1.5:
            total = total * 1.0
    return total / len(values), type(total).__name__


for _ in range(3):
    print(mean([Celsius(i / 2) for i in range(6)]), mean([1.0, Celsius(2.0)]), mean([1.5, 2.5]))
