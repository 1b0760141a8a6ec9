# class C(*bases, **keywords): unpacking in a class statement's bases and keywords, with a metaclass and __init_subclass__.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "b"
bases = (A, B)
class C(*bases):
    pass
print(C.__mro__ if hasattr(C, "__mro__") else None, C().who(), C().only_b(), [k.__name__ for k in C.__bases__])
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
opts = {"flag": True, "level": 2}
class D(A, metaclass=Meta, **opts):
    pass
print(D.options, type(D).__name__, D().who())
class E(*[B], **{}):
    x = 1
print(E.x, E().who())
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class F(Base, **{"tag": "f"}):
    pass
print(F.kw)
try:
    class G(*5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(**[1]):
        pass
except TypeError as e:
    print("TypeError:", e)
    def __init_subclass__(cls, **kw):
        cls.kw = kw
try:
    class C(Base, **{"a": 1}, a=2):
        pass
except TypeError as e:
    print("TypeError:", e)
class D(Base, b=1, **{"a": 2}):
    pass
print(D.kw)
