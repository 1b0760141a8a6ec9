# isinstance/issubclass through a metaclass's __instancecheck__/__subclasscheck__, objects that
# answer for themselves, tuples and unions of them, and the errors CPython gives.

class Everything(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__, type(obj).__name__)
        return True

    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, getattr(sub, "__name__", sub))
        return "yes"


class Anything(metaclass=Everything):
    pass


class Child(Anything):
    pass


print(isinstance(3, Anything))
print(isinstance(Anything(), Anything))   # the exact type answers before the hook
print(isinstance(Child(), Anything))
print(issubclass(int, Anything))
print(issubclass(Anything, Anything))
print(issubclass(3, Anything))            # the hook is asked even for a non-class
print(isinstance("s", (int, Anything)))
print(isinstance("s", int | Anything))
print(issubclass(str, (int, Anything)))


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._registered = set()
        return cls

    def register(cls, other):
        cls._registered.add(other)
        return other

    def __instancecheck__(cls, obj):
        return self_or_registered(cls, type(obj))

    def __subclasscheck__(cls, sub):
        return self_or_registered(cls, sub)


def self_or_registered(cls, sub):
    if type.__subclasscheck__(cls, sub):
        return True
    return any(issubclass(sub, r) for r in cls._registered)


class Sequenceish(metaclass=Registry):
    pass


Sequenceish.register(list)
Sequenceish.register(tuple)
print(isinstance([], Sequenceish), isinstance((), Sequenceish), isinstance({}, Sequenceish))
print(issubclass(list, Sequenceish), issubclass(dict, Sequenceish))


class Mine(Sequenceish):
    pass


print(isinstance(Mine(), Sequenceish), issubclass(Mine, Sequenceish))
print(type.__instancecheck__(Sequenceish, []), type.__instancecheck__(Sequenceish, Mine()))
print(type.__subclasscheck__(int, bool), type.__subclasscheck__(bool, int))
try:
    type.__subclasscheck__(int, 3)
except TypeError as e:
    print("TypeError:", e)


class Checker:
    """Not a class at all: an object whose type defines the hooks."""

    def __init__(self, kinds):
        self.kinds = kinds

    def __instancecheck__(self, obj):
        return type(obj) in self.kinds

    def __subclasscheck__(self, sub):
        return sub in self.kinds


numbers = Checker({int, float})
print(isinstance(3, numbers), isinstance(2.5, numbers), isinstance("3", numbers))
print(issubclass(int, numbers), issubclass(bool, numbers))
print(isinstance(3, (str, numbers)))


class Lying(type):
    def __instancecheck__(cls, obj):
        return 0

    def __subclasscheck__(cls, sub):
        return []


class Nothing(metaclass=Lying):
    pass


print(isinstance(Nothing(), Nothing), isinstance(3, Nothing), issubclass(Nothing, Nothing), issubclass(int, Nothing))


class Raising(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no instances here")


class Guarded(metaclass=Raising):
    pass


try:
    isinstance(3, Guarded)
except ValueError as e:
    print("ValueError:", e)


class Plain:
    pass


match 5:
    case Anything():
        print("matched through the hook")

for bad in [3, "int", [int], None]:
    try:
        isinstance(3, bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(int, bad)
    except TypeError as e:
        print("TypeError:", e)
for derived in [3, "int", Plain()]:
    try:
        issubclass(derived, int)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(derived, 5)
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(3, ()), isinstance(3, ()))

nested = (int,)
for _ in range(100000):
    nested = (nested,)
for check in (lambda: isinstance(1, nested), lambda: issubclass(int, nested)):
    try:
        check()
    except RecursionError as e:
        print("RecursionError:", e)

shallow = (str, (float, (bytes, (int,))))
print(isinstance(1, shallow), issubclass(bool, shallow), isinstance(b"", shallow), isinstance([], shallow))


def hot(values, kinds):
    return [isinstance(v, kinds) for v in values]


for _ in range(300):
    result = hot([1, "a", 2.0, [], Mine()], (int, Sequenceish))
print(result)

# type's own hooks called directly, with CPython's argument errors.
for call in (lambda: type.__instancecheck__(), lambda: type.__instancecheck__(3, 4), lambda: type.__subclasscheck__(int),
             lambda: type.__instancecheck__(int, 1, 2), lambda: type.__subclasscheck__(int, 3)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool), type.__instancecheck__(Anything, 3))
