"""Rich comparisons on instances of Python classes in hot compiled code, as values and as branch
conditions: the class's method is called directly when the right operand is of the same class or
a builtin type; a NotImplemented still goes on to the reflection and the builtin fallback."""


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if isinstance(other, Version):
            return self.n < other.n
        if isinstance(other, int):
            return self.n < other
        return NotImplemented

    def __le__(self, other):
        return [self.n, "le"]

    def __gt__(self, other):
        if isinstance(other, str):
            raise ValueError("cannot order against " + other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Version):
            return self.n == other.n
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return f"V{self.n}"


class Loose:
    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return "reflected __gt__"

    def __eq__(self, other):
        return NotImplemented


class Newer(Version):
    def __gt__(self, other):
        return "Newer.__gt__ first"


class Truthy:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        return self.flag


class Judge:
    def __init__(self, flag):
        self.flag = flag

    def __lt__(self, other):
        return Truthy(self.flag)


def outcome(f):
    try:
        return f()
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def values(a, b, n):
    for _ in range(n):
        lt = a < b
        le = a <= b
        gt = a > b
        eq = a == b
        ne = a != b
        small = a < 2
        chain = a < b < Version(9)
    return lt, le, gt, eq, ne, small, chain


def branches(a, b, n):
    taken = []
    for i in range(n):
        taken.clear()
        if a < b:
            taken.append("lt")
        if not a < b:
            taken.append("not lt")
        if a == b:
            taken.append("eq")
        if a != b:
            taken.append("ne")
        if a <= b:
            taken.append("le list is true")
        if Judge(i % 2 == 0) < a:
            taken.append("judged true")
    return taken


def less(x, y):
    return x < y


def greater(x, y):
    return x > y


def equal(x, y):
    return x == y


def at_least(x, y):
    return x >= y


def hot(f, x, y, n=300):
    for _ in range(n):
        last = outcome(lambda: f(x, y))
    return last


def edges(a):
    loose = Loose()
    return [
        hot(less, loose, loose),
        hot(equal, loose, loose),
        hot(equal, loose, Loose()),
        hot(less, a, "text"),
        hot(greater, a, "x"),
        hot(less, a, Newer(5)),
        hot(equal, a, 1),
        hot(less, a, 3.5),
        hot(less, a, None),
        hot(at_least, a, 2),
    ]


a, b = Version(1), Version(2)
for _ in range(3):
    print(values(a, b, 300))
    print(values(b, a, 300))
    print(branches(a, b, 301))
    print(edges(a))


def raising():
    return a > "boom"


for _ in range(200):
    try:
        raising()
    except ValueError:
        pass
raising()
