# A def's annotations are evaluated when the function is made, after its defaults, in CPython's
# order (ordinary parameters before positional-only ones), and kept in __annotations__.


def trace(label, value):
    print("evaluating", label)
    return value


def f(a: trace("a", int), /, b: trace("b", str), *c: trace("c", float), d: trace("d", bool), **e: trace("e", bytes)) -> trace("return", None):
    pass


print(f.__annotations__)


def g(x=trace("default", 1), *, y: trace("annotation", int) = trace("kw default", 2)):
    return x + y


print(g.__annotations__, g.__defaults__, g.__kwdefaults__, g())

print((lambda x: x).__annotations__)


def plain():
    pass


print(plain.__annotations__, plain.__dict__)
plain.__annotations__["added"] = 1
print(plain.__annotations__, plain.__dict__)
plain.__annotations__ = None
print(plain.__annotations__)
plain.__annotations__ = {"z": 3}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
for bad in (3, [1], "s"):
    try:
        plain.__annotations__ = bad
    except TypeError as error:
        print("TypeError:", error)


def strings(p: "int", q: "list[str]" = None) -> "Result":
    return p


print(strings.__annotations__, strings(5))


def hinted(xs: list[int], lookup: dict[str, int] | None = None, *rest: tuple[int, ...]) -> set[int]:
    local: undefined_in_body = 1  # a function body's annotations are never evaluated
    other: also_undefined
    return set(xs)


print(hinted.__annotations__)
print(hinted([3, 1, 3]))


def decorate(function):
    print("decorator sees", function.__annotations__)
    return function


@decorate
def decorated(v: float) -> float:
    return v * 2


print(decorated(1.5))


def outer():
    kind = int

    def inner(v: kind) -> kind:
        return v

    kind = str
    return inner


print(outer().__annotations__)


class Shape:
    def area(self, scale: float = 1.0) -> float:
        return 0.0 * scale

    @staticmethod
    def unit() -> "Shape":
        return Shape()

    @property
    def name(self) -> str:
        return "shape"


print(Shape.area.__annotations__, Shape.unit.__annotations__, Shape.name.fget.__annotations__)


def generator(n: int) -> "Iterator[int]":
    yield from range(n)


print(generator.__annotations__, list(generator(3)))

try:
    def broken(v: name_that_is_not_defined):
        pass
except NameError as error:
    print("NameError:", error)
print("broken" in globals())


def counts(a: int, b: int) -> int:
    return a + b


total = 0
for i in range(200):
    total = counts(total, i)
print(total, counts.__annotations__)
