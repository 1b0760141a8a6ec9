# getattr with a default and hasattr on instances: every way an attribute can be missing, present or raising.
class Plain:
    cls_attr = "class"

    def __init__(self):
        self.own = "own"

    @property
    def broken(self):
        raise AttributeError("inside property")

    @property
    def failing(self):
        raise ValueError("not an AttributeError")

    def method(self):
        return "m"


p = Plain()
for name in ("own", "cls_attr", "missing", "broken", "__class__", "__dict__"):
    print(name, getattr(p, name, "default"), hasattr(p, name))
print(getattr(p, "method", None)(), hasattr(Plain, "method"), getattr(Plain, "nope", "cls default"))
for call in (lambda: getattr(p, "failing", 1), lambda: hasattr(p, "failing")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


w = WithGetattr()
print(getattr(w, "dyn_x", None), getattr(w, "other", "fallback"), hasattr(w, "dyn_y"), hasattr(w, "zzz"))


class WithGetattribute:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return "always " + name


g = WithGetattribute()
print(getattr(g, "secret", "hidden default"), getattr(g, "anything", None), hasattr(g, "secret"))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(getattr(s, "a", 0), getattr(s, "b", "unset slot"), hasattr(s, "b"), hasattr(s, "c"))


class Descriptor:
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        raise AttributeError("descriptor says no")


class UsesDescriptor:
    d = Descriptor()


print(getattr(UsesDescriptor(), "d", "descriptor default"), hasattr(UsesDescriptor(), "d"))


class Base:
    inherited = "from base"


class Child(Base):
    pass


c = Child()
c.__dict__["late"] = "via dict"
print(getattr(c, "inherited", None), getattr(c, "late", None), hasattr(c, "gone"))
del c.late
print(getattr(c, "late", "deleted"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 3, None)
except TypeError as e:
    print("TypeError:", e)
