# enum: members, aliases, lookup by value and name, auto, the mixed-in IntEnum and StrEnum, errors.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} is {self.value}"

    @property
    def warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">12"), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__, list(Color.__members__))
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, Color.default(), list(reversed(Color)))
print(Color, type(Color), type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED in Color, {Color.RED: "r"}[Color.CRIMSON])
print(hash(Color.RED) == hash(Color.CRIMSON), Color.RED._name_, Color.RED._value_, bool(Color.RED))
print(Color.__mro__, enum.EnumMeta is enum.EnumType)
for bad in (5, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Reserved(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError:", e)


class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Animal(Base):
    cat = auto()
    dog = auto()
    fish = 10
    bird = auto()


print(list(Animal), Animal.dog.shout(), Animal.bird.value)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Number.ONE), str(Number.ONE), f"{Number.TWO}", format(Number.THREE, "03d"), Number.ONE + 1, Number.TWO * 2)
print(Number.ONE == 1, Number.ONE < Number.TWO, sorted([Number.THREE, Number.ONE]), Number(2), hash(Number.ONE) == hash(1))
print(isinstance(Number.ONE, int), [n for n in range(4) if n in {Number.ONE, Number.TWO}], Number.TWO in Number)


class Word(StrEnum):
    ALPHA = auto()
    BETA = "b"


print(repr(Word.ALPHA), str(Word.ALPHA), Word.ALPHA == "alpha", Word.BETA.upper(), f"<{Word.BETA}>", Word("b"))
try:
    class NotStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Lenient(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Lenient("A"), Lenient("b"))
try:
    Lenient(3)
except ValueError as e:
    print("ValueError:", e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Broken(2)
except TypeError as e:
    print("TypeError:", e, "| context:", e.__context__)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))

Shape = Enum("Shape", "CIRCLE SQUARE TRIANGLE")
print(list(Shape), Shape.SQUARE.value, Shape)
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
print(list(Pair), Pair("r"))
Start = IntEnum("Start", "A B", start=10)
print(list(Start), Start.B + 0)


class Ordered(Enum):
    _order_ = "FIRST SECOND"
    FIRST = 1
    SECOND = 2


print(list(Ordered))
try:
    class Misordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])


class WithIgnore(Enum):
    _ignore_ = ["temp"]
    temp = 5
    REAL = 1


print(list(WithIgnore), hasattr(WithIgnore, "temp"))


class Custom(Enum):
    X = 1

    def __str__(self):
        return "custom x"

    def __repr__(self):
        return "Custom.X!"


print(str(Custom.X), repr(Custom.X), f"{Custom.X}", [Custom.X])

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED, Color.RED.__class__ is Color)
