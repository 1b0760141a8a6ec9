# Operators on instances of Python classes whose special methods are compiled: plain, reflected
# and in-place forms, NotImplemented, a subclass's reflected method first, float and int
# subclasses with their own operators, unary and hash methods, and an error raised inside one.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Tagged(Vec):
    def __rmul__(self, k):
        return "Tagged.__rmul__ with %r" % (k,)

    def __radd__(self, other):
        return "Tagged.__radd__"


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __add__(self, item):
        return "Acc.__add__"


class Money(float):
    def __add__(self, other):
        return Money(float(self) + float(other) + 0.01)

    def __repr__(self):
        return "Money(%s)" % float.__repr__(self)


class Count(int):
    def __sub__(self, other):
        return "Count.__sub__"


def step(a, b, k):
    c = a + b
    d = a - b
    e = a * k
    f = k * a
    g = -a
    h = a / k
    return c, d, e, f, g, h


for i in range(200):
    r = step(Vec(1.0, 2.0), Vec(0.5, 0.25), 2)
print(r)
print(step(Vec(1, 2), Tagged(3, 4), 3))
print(Vec(1, 2) == Vec(1, 2), {Vec(1, 2): "a"}[Vec(1, 2)], len({Vec(1, 2), Vec(1, 2), Vec(2, 1)}))


def accumulate(acc, n):
    for i in range(n):
        acc += i
    return acc


print(accumulate(Acc(), 50).items[-3:], Acc() + 1)


def add(a, b):
    return a + b


for i in range(200):
    add(Money(1.0), 2.0)
    add(2.5, 1.5)
print(add(Money(1.0), 2.0), add(2.0, Money(1.0)), add(Count(5), 1), Count(5) - 1, add(1.5, 2.5))
for bad in [(Vec(1, 2), 3), (3, Vec(1, 2)), ("a", Vec(0, 0))]:
    try:
        print(add(*bad))
    except TypeError as e:
        print(type(e).__name__, e)


class Fails:
    def __add__(self, other):
        return other.missing


try:
    for i in range(100):
        add(Fails(), Vec(i, i))
except AttributeError as e:
    print(type(e).__name__, e)
add(Fails(), None)
