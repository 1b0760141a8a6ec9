# abc: abstract methods block instantiation until overridden, virtual subclasses by register(),
# __subclasshook__, and the messages CPython 3.11 gives.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class HalfDone(Shape):
    def area(self):
        return 1


try:
    HalfDone()
except TypeError as e:
    print("TypeError:", e)
print(sorted(HalfDone.__abstractmethods__))


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(3, Shape))


class WithProperty(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProperty.__abstractmethods__))
print(WithProperty.__dict__["name"].__isabstractmethod__, WithProperty.__dict__["make"].__isabstractmethod__)
try:
    WithProperty()
except TypeError as e:
    print("TypeError:", e)


class Named(WithProperty):
    name = "named"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Named.make().name, Named.helper(), Named.__dict__.get("__abstractmethods__"))
print(property(lambda self: 1).__isabstractmethod__, classmethod(len).__isabstractmethod__)


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Drawable:
            return any("draw" in vars(k) for k in other.__mro__)
        return NotImplemented


class Circle:
    def draw(self):
        return "o"


class Text:
    pass


print(isinstance(Circle(), Drawable), issubclass(Text, Drawable), issubclass(Circle, Drawable))


class Sized2(ABC):
    pass


token = get_cache_token()
Sized2.register(list)


@Sized2.register
class Box:
    pass


print(get_cache_token() - token)
print(isinstance([], Sized2), isinstance(Box(), Sized2), isinstance({}, Sized2), issubclass(Box, Sized2))
print(Sized2.register(list) is list)


class SubSized(Sized2):
    pass


SubSized.register(tuple)
print(issubclass(tuple, Sized2), issubclass(tuple, SubSized), issubclass(list, SubSized))
try:
    Sized2.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    SubSized.register(Sized2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(3, Sized2)
except TypeError as e:
    print("TypeError:", e)


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)


class Later(ABC):
    @abstractmethod
    def run(self):
        ...


class Concrete(Later):
    pass


Concrete.run = lambda self: "ran"
print(sorted(Concrete.__abstractmethods__))
update_abstractmethods(Concrete)
print(Concrete().run(), Concrete.__abstractmethods__)


class OwnNew(ABC):
    @abstractmethod
    def f(self):
        ...

    def __new__(cls):
        return super().__new__(cls)


try:
    OwnNew()
except TypeError as e:
    print("TypeError:", e)


class Many(ABC):
    @abstractmethod
    def zeta(self): ...

    @abstractmethod
    def alpha(self): ...

    @abstractmethod
    def mid(self): ...


try:
    Many()
except TypeError as e:
    print("TypeError:", e)
print(type(ABC), ABC.__slots__, abc.ABCMeta is ABCMeta, type(Shape).__name__)
print([k for k in vars(Square) if not k.startswith("__")])


def make_many(n):
    return [Square(i).area() for i in range(n)]


for _ in range(200):
    total = sum(make_many(20))
print(total)
