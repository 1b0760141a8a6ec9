# Class patterns: __match_args__, keyword attributes, inheritance, and the self-matching builtins.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case Circle(center=Point(x=cx, y=cy), radius=r):
            return f"circle around {cx},{cy} radius {r}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 0),
          Point3(1, 2, 3), Circle(Point(1, 1), 4), Circle("center", 1), 42]:
    print(where(p))


# The builtins that match themselves with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"non-empty list starting {first}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return "something else"


for v in [True, 3, 2.5, "s", b"b", [1, 2], [], (1,), {"k": 1}, {}, {3, 1}, frozenset({2}), None]:
    print(repr(v), "->", kind(v))

# Keyword patterns work on builtins too.
match 5:
    case int(real=r, imag=i):
        print("real", r, "imag", i)

match "hello":
    case str(__class__=cls):
        print("class", cls.__name__)


# A missing attribute means no match; a class without __match_args__ takes keywords only.
class Bare:
    pass


b = Bare()
b.a = 1
match b:
    case Bare(a=1, missing=2):
        print("no")
    case Bare(a=a):
        print("Bare a =", a)


# A property raising AttributeError is a missing attribute; other exceptions propagate.
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        raise AttributeError("not yet")


match Lazy():
    case Lazy(v):
        print("no", v)
    case Lazy():
        print("Lazy without value")

# Names bound by a class pattern, and the subclass check.
class Animal:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


class Cat(Animal):
    pass


for pet in [Dog("rex"), Cat("tom"), Animal("generic")]:
    match pet:
        case Dog(name):
            print("dog", name)
        case Cat(name=name):
            print("cat", name)
        case Animal(name):
            print("animal", name)

# __match_args__ is looked up on the class, so inherited ones apply.
match Dog("fido"):
    case Animal(n):
        print("as an Animal:", n)


# Attribute lookups run in order, and stop at the first failure.
class Traced:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("  getattr", name)
        if name == "b":
            raise AttributeError(name)
        return 1


match Traced():
    case Traced(1, c=3):
        print("no")
    case Traced(a=1, c=1):
        print("a and c")

# bytearray matches itself too, and neither bytes nor bytearray is a sequence to a pattern.
for value in [bytearray(b"ab"), b"ab"]:
    match value:
        case [a, b]:
            print("sequence", a, b)
        case bytearray(data):
            print("bytearray", data)
        case bytes(data):
            print("bytes", data)
