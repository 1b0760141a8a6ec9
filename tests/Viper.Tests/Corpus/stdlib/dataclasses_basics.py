# dataclasses: generated __init__/__repr__/__eq__, defaults and factories, order, frozen, hash, post-init, helpers.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, Field)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__hash__, Point.__dataclass_params__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    tags: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: ClassVar[int] = 0


a = Inventory("a")
b = Inventory("a")
a.tags.append("x")
print(a, b, a.tags is b.tags, Inventory("q", ["t"], 3))
print(Inventory("z", secret="1") == Inventory("z", secret="2"), Inventory.total, len(fields(Inventory)))
print(Inventory.__doc__)
print("count" in Inventory.__dict__, "tags" in Inventory.__dict__, Inventory.count)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad3:
        x = field(default=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "b"), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad4:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Bad5:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: tuple = ()


f1 = Frozen(1, (2,))
print(f1, hash(f1) == hash(Frozen(1, (2,))), {f1, Frozen(1, (2,))})
for action in ("set", "del", "new"):
    try:
        if action == "set":
            f1.x = 2
        elif action == "del":
            del f1.y
        else:
            f1.z = 3
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(default=0, hash=False)


print(hash(Hashed(1, 2)) == hash(Hashed(1, 3)), Hashed(1, 2) == Hashed(1, 3))


@dataclass(eq=False)
class Identity:
    v: int


i1 = Identity(1)
print(i1 == Identity(1), i1 == i1, hash(i1) == id(i1) >> 4 or True)


@dataclass
class ExplicitHash:
    v: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        v: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)], WithPost.__match_args__)
print(WithPost.__dataclass_fields__["scale"]._field_type, repr(InitVar[int]), InitVar[List[int]])


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])


@dataclass
class KwOnly:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(KwOnly(1, b=2), KwOnly.__match_args__)
try:
    KwOnly(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKw:
    a: int = 0
    b: int


print(AllKw(b=1))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(root))
print(astuple(root))
root.children.append(root)
print(repr(root)[-40:])
root.children.pop()
print(replace(root, value=9).value, replace(Point(1, 2), y=7))
try:
    replace(WithPost(1), b=3)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)

Dyn = make_dataclass("Dyn", ["a", ("b", int), ("c", int, field(default=5))], namespace={"double": lambda self: self.c * 2})
print(Dyn(1, 2), Dyn(1, 2).double(), Dyn.__module__, Dyn.__doc__)
try:
    make_dataclass("X", ["a", "a"])
except TypeError as e:
    print("TypeError:", e)

print(Point(1, 2) == Point(1, 2.0), asdict(Point(1, 2)) == {"x": 1, "y": 2})
match Point(0, 5):
    case Point(0, y):
        print("on the y axis at", y)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__)
print(repr(fields(Point)[0]).split(",default=")[0], isinstance(fields(Point)[0], Field), MISSING is fields(Point)[0].default)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class SelfField:
    self: int


print(SelfField(3))


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return "custom"


print(Custom(1), Custom(1) == Custom(1))
