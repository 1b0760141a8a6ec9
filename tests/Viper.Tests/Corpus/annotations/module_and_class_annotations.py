# Annotated names in module and class bodies: the value is assigned, then the annotation is
# evaluated and stored in the body's __annotations__; other targets' annotations are evaluated and
# dropped, and a function body's are not evaluated at all.


def trace(label, value):
    print("evaluating", label)
    return value


print(__annotations__)
count: trace("count annotation", int) = trace("count value", 3)
name: str
print(__annotations__, count)
try:
    print(name)
except NameError as error:
    print("NameError:", error)


class Point:
    x: int = 0
    y: "int" = 0
    label: str
    if True:
        inside_if: float
    for _ in range(1):
        inside_for: bool
    try:
        inside_try: list[int]
    finally:
        pass

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Point.__annotations__)
print(Point.x, Point().norm(), "label" in Point.__dict__)


class NoAnnotations:
    pass


print("__annotations__" in NoAnnotations.__dict__)
print(NoAnnotations.__annotations__)
print("__annotations__" in NoAnnotations.__dict__)


class Child(Point):
    z: int = 5


class GrandChild(Child):
    pass


print(Child.__annotations__, GrandChild.__annotations__)


class Holder:
    pass


holder = Holder()
holder.value: trace("attribute annotation", int) = 10
print(holder.value)
table = {}
table["key"]: trace("subscript annotation", str) = "v"
print(table)
(wrapped): trace("parenthesized annotation", int) = 7
print(__annotations__, wrapped)
holder.unset: int
table[trace("subscript key", "k")]: int
print(hasattr(holder, "unset"), table)


def body():
    local: trace("never", int) = 1
    unset_local: trace("never either", int)
    return local


print(body())
__annotations__["manual"] = "kept"
late: bytes = b""
print(__annotations__)
namespace = {}
exec("a: int = 1\nb: str\n", namespace)
print(namespace["__annotations__"], namespace["a"])
exec("class C:\n    f: float = 2.0\n", namespace)
print(namespace["C"].__annotations__)


class Meta(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        namespace = {"__annotations__": {"preset": "from prepare"}}
        return namespace


class Prepared(metaclass=Meta):
    added: int


print(Prepared.__annotations__)
try:
    class Failing:
        ok: int
        bad: undefined_annotation
except NameError as error:
    print("NameError:", error)
