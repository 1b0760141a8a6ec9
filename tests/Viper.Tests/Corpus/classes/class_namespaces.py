x = "global x"


class Scope:
    x = "class x"
    y = x + " seen in body"

    def method(self):
        return x

    z = [x, y]


print(Scope.x, Scope.y, Scope().method(), Scope.z)


class Counter:
    total = 0
    for i in range(4):
        total += i
    del i
    if total > 3:
        big = True
    else:
        big = False


print(Counter.total, Counter.big, hasattr(Counter, "i"))


def make_class(label):
    class Local:
        name = "local"

        def describe(self):
            return "Local instance"

    Local.label = label
    return Local


K = make_class("first")
print(K.__name__, K.__qualname__, K.label, K().describe())
print(K is make_class("second"))


class Outer:
    class Middle:
        class Inner:
            pass


print(Outer.Middle.Inner.__qualname__, Outer.Middle.__qualname__)
print(Outer.Middle.Inner)


class Empty:
    pass


print(Empty.__bases__, Empty.__mro__, Empty.__doc__)
Dynamic = type("Dynamic", (Empty,), {"a": 1, "double": lambda self: self.a * 2})
d = Dynamic()
print(Dynamic.__name__, Dynamic.__bases__, d.a, d.double(), isinstance(d, Empty))
print(type(Dynamic), type(Empty), type(type), type(3), type("s"))
print(type(d) is Dynamic, Dynamic.__module__)


class WithDoc:
    "Docstring here."
    value = 1


print(WithDoc.__doc__, "value" in WithDoc.__dict__)
obj = object()
print(type(obj).__name__, isinstance(obj, object), isinstance(Empty(), object), issubclass(Empty, object))
print(NotImplemented, type(NotImplemented).__name__)
