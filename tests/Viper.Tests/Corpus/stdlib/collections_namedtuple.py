# collections.namedtuple: construction, fields, defaults, rename, _make/_asdict/_replace and the errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p + (3,), p * 2, p[:1], Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__)
print(Point._make([5, 6]), Point._make(range(2)), p._asdict(), p._replace(y=9), p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(Point.__new__.__doc__, Point._field_defaults, Point.__match_args__)

Color = namedtuple("Color", "red green, blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color(blue=1, red=2))
Single = namedtuple("Single", "value")
print(Single(1), Single._make([2]), Empty := namedtuple("Empty", "")(), Empty._fields if hasattr(Empty, "_fields") else "")
Renamed = namedtuple("Renamed", ["good", "def", "good", "_private", "2x", "ok"], rename=True)
print(Renamed._fields, Renamed(*range(6)))


class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()

    def length_squared(self):
        return self.dx ** 2 + self.dy ** 2

    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)


v = Vector(3, 4)
print(v, v.length_squared(), v + Vector(1, 1), type(v + v).__name__, v._replace(dx=0))

match Point(0, 7):
    case Point(0, height):
        print("on the y axis at", height)

for attempt in [
    lambda: namedtuple("1bad", "a"),
    lambda: namedtuple("Bad", "a class"),
    lambda: namedtuple("Bad", "a _b"),
    lambda: namedtuple("Bad", "a b a"),
    lambda: namedtuple("Bad", "a-b"),
    lambda: namedtuple("Bad", "a", defaults=[1, 2]),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, z=2),
    lambda: Point._make([1]),
    lambda: p._replace(z=1),
    lambda: setattr(p, "x", 5),
    lambda: delattr(p, "y"),
]:
    try:
        attempt()
    except (ValueError, TypeError, AttributeError) as error:
        print(type(error).__name__, error)
