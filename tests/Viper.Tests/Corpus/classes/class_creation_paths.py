# Class statements and type() through each path of class creation: one base, several, keywords,
# a metaclass keyword (removed from the keywords the rest see), __set_name__ and __init_subclass__.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Plain:
    a = Named()
    b = 2
    c = Named()


print(Plain.a.name, Plain.c.name)


class Base:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, sorted(kwargs.items()))


class Child(Base, flavour="sour", size=3):
    pass


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(kwargs))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class WithMeta(Base, metaclass=Meta, colour="red"):
    pass


print(type(WithMeta).__name__, WithMeta.__mro__)


class Left:
    pass


class Right:
    pass


class Both(Left, Right):
    pass


print([t.__name__ for t in Both.__mro__])
print([t.__name__ for t in type("Dyn", (Left,), {"x": Named()}).__mro__])
Dyn2 = type("Dyn2", (Base,), {})
print(Dyn2.__name__, Dyn2.__qualname__)

for bases in [(Left, Left), (bool,)]:
    try:
        class Bad(*bases):
            pass
    except TypeError as e:
        print("TypeError", e)

try:
    type("Bad", (Left, Left), {})
except TypeError as e:
    print("TypeError", e)


class MutatingName:
    def __set_name__(self, owner, name):
        print("set_name", name)
        if name == "first":
            owner.later = 99
            del owner.second


class Mutated:
    first = MutatingName()
    second = MutatingName()


print(Mutated.later, hasattr(Mutated, "second"))


class FromList(list):
    pass


class FromDict(dict):
    pass


print(FromList([1, 2]), FromDict(a=1), [t.__name__ for t in FromList.__mro__])
try:
    class Conflict(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
