# dataclasses: inheritance rules, string annotations, init=False fields, descriptors as defaults, the generated
# methods' own tracebacks.
import dataclasses
from dataclasses import dataclass, field, fields, replace, InitVar
import typing


@dataclass
class Annotated:
    a: int
    b: "typing.ClassVar[int]" = 5
    c: typing.ClassVar[str] = "x"
    f: "ClassVar[int]" = 1
    g: "dataclasses.InitVar[int]" = 0
    h: " InitVar [int]" = 0
    d: InitVar[int] = 0
    e: list[int] = field(default_factory=lambda: [1, 2])

    def __post_init__(self, d, g, h):
        self.a += d + g + h


x = Annotated(1, 2)
print(x, [f.name for f in fields(x)], Annotated.b, Annotated.__annotations__)
print(Annotated.__doc__)
print(replace(x, d=10), replace(x, a=5, d=1).a)


@dataclass
class NeedsInitVar:
    v: InitVar[int]

    def __post_init__(self, v):
        self.seen = v


try:
    replace(NeedsInitVar(1))
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class Thawed(FrozenBase):
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Plain:
    a: int


try:
    @dataclass(frozen=True)
    class Chilled(Plain):
        b: int
except TypeError as e:
    print("TypeError:", e)


class NotData:
    pass


@dataclass(frozen=True)
class FrozenChild(NotData):
    a: int = 1


fc = FrozenChild()
try:
    object.__setattr__(fc, "a", 5)
    print("object.__setattr__ bypasses frozen:", fc.a)
except AttributeError as e:
    print(e)


class Sub(FrozenChild):
    pass


s = Sub()
s.extra = 1
print("a non-dataclass subclass may add attributes:", s.extra)
try:
    s.a = 3
except dataclasses.FrozenInstanceError as e:
    print("but not assign fields:", e)


@dataclass
class Later:
    a: int
    computed: int = field(init=False)
    fixed: str = field(init=False, default="fixed")
    hidden: int = field(default=0, repr=False, compare=False)

    def __post_init__(self):
        self.computed = self.a * 2


print(Later(2), Later(2) == Later(2, 99), Later.__init__.__annotations__)
try:
    Later(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class NoPost:
    a: int = field(init=False)


n = NoPost()
try:
    print(n)
except AttributeError as e:
    print("AttributeError:", e)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 1
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.private, value)


@dataclass
class UsesDescriptor:
    amount: Positive = Positive()


print(UsesDescriptor(), UsesDescriptor(7).amount)
try:
    UsesDescriptor(-1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Meta:
    tag: str = field(default="t", metadata={"unit": "cm"})


m = fields(Meta)[0]
print(m.metadata, m.metadata["unit"], type(m.metadata).__name__, fields(Meta)[0].default)
try:
    m.metadata["unit"] = "m"
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Recursive:
    name: str
    other: "Recursive | None" = None


r = Recursive("a")
r.other = r
print(r)


@dataclass
class Totals:
    values: dict = field(default_factory=dict)
    pairs: tuple = ()


t = Totals({"k": [1, (2, 3)]}, ((1, 2),))
d = dataclasses.asdict(t)
print(d, d["values"] is t.values, d["values"]["k"] is t.values["k"])
print(dataclasses.astuple(t, tuple_factory=list), dataclasses.asdict(Plain(1), dict_factory=lambda kv: sorted(kv)))


class Pair(typing.NamedTuple):
    left: int
    right: int


@dataclass
class HasPair:
    p: Pair


print(dataclasses.asdict(HasPair(Pair(1, 2))), type(dataclasses.asdict(HasPair(Pair(1, 2)))["p"]).__name__)


@dataclass
class Raises:
    v: int

    def __post_init__(self):
        if self.v < 0:
            raise ValueError(f"negative: {self.v}")


def build():
    return Raises(-3)


build()
