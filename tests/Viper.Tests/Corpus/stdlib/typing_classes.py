# typing's class-making forms: NamedTuple, TypedDict, Protocol, NewType; final, no_type_check.
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, NewType, List, Optional, final, no_type_check
import typing


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._replace(y=1), p._asdict(), Point._fields, Point._field_defaults)
print(Point.__annotations__, isinstance(p, tuple), type(p).__name__, Point.__mro__)
x, y, label = p
print(x, y, label, p[0], len(p), p == (3, -4, None))

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("Guido", 1), Employee.__annotations__)
Pair = NamedTuple("Pair", a=int, b=str)
print(Pair(1, "x"))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(PartialMovie.__optional_keys__), PartialMovie.__total__, PartialMovie())
print(typing.is_typeddict(Movie), typing.is_typeddict(dict))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1, b="x"), Alt.__annotations__)


class Closer(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int:
        ...


class Resource:
    def close(self):
        print("closed")


def shut(thing: Closer) -> None:
    thing.close()


shut(Resource())
print(isinstance([], Sized2), isinstance(3, Sized2), isinstance("abc", Sized2), issubclass(dict, Sized2))
for check in (lambda: isinstance(Resource(), Closer), lambda: Closer(), lambda: runtime_checkable(int)):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)


class Impl(Closer):
    def close(self):
        return "impl"


print(Impl().close(), isinstance(Impl(), Closer) if False else "skip")

UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, type(uid), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)


@final
class Leaf:
    @final
    def done(self):
        return 1


print(Leaf.__final__, Leaf.done.__final__)


@no_type_check
def loose(a: "nonsense here") -> "more":
    return a


print(loose(1), typing.get_type_hints(loose), loose.__no_type_check__)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)
print(typing.assert_type(5, int))
