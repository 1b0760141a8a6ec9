# Functions, property, classmethod and staticmethod answer __get__ (and property __set__/__delete__) when called directly.
def f(self=None):
    return "f called"


p = property(lambda s: 1)
for o in (f, p, classmethod(f), staticmethod(f)):
    print(type(o).__name__, hasattr(o, "__get__"), hasattr(o, "__set__"), hasattr(o, "__delete__"))


class C:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value * 2

    @x.deleter
    def x(self):
        print("deleting x")

    @property
    def read_only(self):
        return "ro"

    def method(self):
        return "method of", type(self).__name__


c = C()
prop = C.__dict__["x"]
print(prop.__get__(c), prop.__get__(None, C) is prop)
prop.__set__(c, 5)
print(c.x)
prop.__delete__(c)
for action in ("set", "delete"):
    try:
        if action == "set":
            C.__dict__["read_only"].__set__(c, 1)
        else:
            C.__dict__["read_only"].__delete__(c)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    property().__get__(c)
except AttributeError as e:
    print("AttributeError:", e)
bound = C.__dict__["method"].__get__(c)
print(bound(), bound.__self__ is c, C.__dict__["method"].__get__(None, C) is C.__dict__["method"])
print(staticmethod(f).__get__(None, C) is f, staticmethod(f).__get__(c)())
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, C)(), cm.__get__(c)())
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)


class Forwarding:
    """A descriptor that wraps another and forwards the protocol to it."""

    def __init__(self, inner):
        self.inner = inner

    def __get__(self, instance, owner=None):
        print("forwarding get")
        return self.inner.__get__(instance, owner)


class D:
    @Forwarding
    def greet(self):
        return "hello from D"

    size = Forwarding(property(lambda self: 42))


print(D().greet(), D().size)
