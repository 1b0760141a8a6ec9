class Plain:
    pass


class WithRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "WithRepr(" + repr(self.v) + ")"


class WithStr(WithRepr):
    def __str__(self):
        return "<" + str(self.v) + ">"


print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
print(str(Plain()) == repr(Plain()) or str(Plain()).startswith("<__main__.Plain object"))
w = WithRepr("x")
print(w, repr(w), str(w), [w, w], (w,), {"k": w})
s = WithStr(5)
print(s, repr(s), str(s), [s])
print(str([s]), repr(s))


class Outer:
    class Inner:
        def __repr__(self):
            return "Inner!"

    def make(self):
        return Outer.Inner()


print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner)
print(Outer().make())
print(repr(Outer()).startswith("<__main__.Outer object at"))


class Base:
    def __repr__(self):
        return type(self).__name__ + "()"


class Derived(Base):
    pass


print(Base(), Derived())
print(object.__repr__(WithRepr(1)).startswith("<__main__.WithRepr object at"))
print(type(object()).__name__)
