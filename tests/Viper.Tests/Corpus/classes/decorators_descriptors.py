class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def describe(x):
        return "temperature " + str(x)

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def scale_name(cls):
        return cls.__name__ + " in " + cls.scale


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, t.fahrenheit)
del t.celsius
print(hasattr(t, "_celsius"))
print(Temperature.describe(5), t.describe(6))
f = Temperature.freezing()
print(type(f).__name__, f.celsius)
print(Temperature.scale_name(), t.scale_name())


class Kelvin(Temperature):
    scale = "K"


print(Kelvin.scale_name(), type(Kelvin.freezing()).__name__)
print(type(Temperature.__dict__["describe"]).__name__, type(Temperature.__dict__["freezing"]).__name__)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget is not None, Temperature.fahrenheit.fset)


def shout(func):
    print("decorating", func.__name__, func.__qualname__)
    return func


def tag(cls):
    cls.tagged = True
    return cls


@tag
class Greeter:
    def __init__(self, name):
        self.name = name

    @shout
    def hello(self):
        return "hello " + self.name


print(Greeter("ann").hello(), Greeter.tagged)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
s.b = 2
print(s.a, s.b, Slotted.__slots__)
area = property(lambda self: self.w * self.h)


class Rect:
    area = area

    def __init__(self, w, h):
        self.w = w
        self.h = h


print(Rect(3, 4).area)
