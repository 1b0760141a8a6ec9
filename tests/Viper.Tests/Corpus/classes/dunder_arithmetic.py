class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd", other)
        return self.__add__(other)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __and__(self, other):
        return "and"

    def __or__(self, other):
        return "or"

    def __xor__(self, other):
        return "xor"

    def __lshift__(self, other):
        return "lshift"

    def __rshift__(self, other):
        return "rshift"

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a & b, a | b, a ^ b, a << b, a >> b, a @ b)
print(a + 10, 10 + a)
print(sum([a, b, Vec(10, 10)], Vec(0, 0)))
print(sum([a, b]))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __add__(self, item):
        print("plain add")
        return self


acc = Acc()
original = acc
acc += 1
acc += 2
print(acc.items, acc is original)
acc = acc + 3
print(acc.items)


class OnlyAdd:
    def __add__(self, other):
        return "added"


x = OnlyAdd()
x += 5
print(x)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"


print(sum([Money(5), Money(7)]))
print(Money(1) + Money(2))


class Base:
    def __add__(self, other):
        return "Base.add"

    def __radd__(self, other):
        return "Base.radd"


class Sub(Base):
    def __radd__(self, other):
        return "Sub.radd"


print(Base() + Sub(), Sub() + Base(), Base() + Base())
print(1 + Sub(), Sub() + 1)
