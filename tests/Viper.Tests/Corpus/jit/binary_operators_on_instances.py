"""Binary operators on instances of Python classes in hot compiled code: the class's method is
called directly when the right operand is of the same class or a builtin type; every other case,
and every way out of the method, must behave as through the generic path."""


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        if other.x == 99:
            raise ValueError("ninety-nine")
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return ("rmul", k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return "mod " + str(k)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class VecWithInplace(Vec):
    def __iadd__(self, other):
        self.x += other.x
        return self


class Scaled(Vec):
    def __rsub__(self, other):
        return "Scaled.__rsub__ first"


class Deep:
    def __add__(self, other):
        return self + other


def outcome(f):
    try:
        return f()
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def hot(a, b, n):
    out = []
    for i in range(n):
        total = a + b
        total = total - a
        scaled = a * 3
        halves = a / 2
        floors = a // 2
        modded = a % 7
        dot = a @ b
        flipped = 2 * a
        acc = VecWithInplace(1, 1)
        acc += a
        plain = Vec(1, 1)
        plain += a
        out.append((total, scaled, halves, floors, modded, dot, flipped, acc, plain))
    return out[-1]


def minus(x, y):
    return x - y


def times(x, y):
    return x * y


def plus(x, y):
    return x + y


def divided(x, y):
    return x / y


def power(x, y):
    return x ** y


def repeated(f, x, y, n=300):
    for _ in range(n):
        last = outcome(lambda: f(x, y))
    return last


def edges(a):
    return [
        repeated(minus, a, Vec(99, 0)),
        repeated(times, a, a),
        repeated(times, a, None),
        repeated(minus, a, 1),
        repeated(minus, a, Scaled(1, 1)),
        repeated(plus, a, "text"),
        repeated(divided, a, 0),
        repeated(power, a, 2),
    ]


a, b = Vec(1, 2), Vec(3, 4)
for round_ in range(3):
    print(hot(a, b, 300))
    print(edges(a))

try:
    Deep() + Deep()
except RecursionError as error:
    print("RecursionError:", error)


def raising_in_method():
    return a - Vec(99, 0)


for _ in range(200):
    try:
        raising_in_method()
    except ValueError:
        pass
raising_in_method()
