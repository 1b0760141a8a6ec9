"""Operators on instances find their special methods by index in a per-class table: the table must follow every change to the class, its bases and its methods set to None."""

class Base:
    def __init__(self, v):
        self.v = v
    def __sub__(self, other):
        return ("Base.sub", self.v, getattr(other, "v", other))
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Sub(Base):
    pass

class Other(Base):
    def __rsub__(self, other):
        return ("Other.rsub", self.v)

def run(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

a, b, s, o = Base(1), Base(2), Sub(3), Other(4)
for round_ in range(3):
    run("a-b", lambda: a - b)
    run("s-a", lambda: s - a)
    run("a-s", lambda: a - s)
    run("a-o", lambda: a - o)
    run("a-1", lambda: a - 1)
    run("1-a", lambda: 1 - a)
    run("a*b", lambda: a * b)
    if round_ == 0:
        Base.__sub__ = lambda self, other: ("patched", self.v)
    elif round_ == 1:
        Sub.__sub__ = lambda self, other: ("Sub.sub", self.v)
        a.__sub__ = lambda other: "instance attribute ignored"
    x = Sub(5)
    x -= a
    print("isub", x)

class NotImpl:
    def __sub__(self, other):
        return NotImplemented
    def __rsub__(self, other):
        return "rsub of NotImpl"
class WithR:
    def __rsub__(self, other):
        return "WithR.rsub"
for _ in range(3):
    run("ni-ni", lambda: NotImpl() - NotImpl())
    run("ni-wr", lambda: NotImpl() - WithR())
    run("ni-2", lambda: NotImpl() - 2)
    run("2-ni", lambda: 2 - NotImpl())

class Inplace:
    def __init__(self): self.n = 0
    def __iadd__(self, other):
        self.n += other
        return self
    def __add__(self, other):
        return "plain add"
for _ in range(3):
    i = Inplace(); i += 5; print("iadd", i.n, Inplace() + 1)
    del Inplace.__iadd__
    j = Inplace(); j += 5; print("after del", j)
    Inplace.__iadd__ = lambda self, other: (setattr(self, "n", self.n + other + 100), self)[1]

class A:
    __sub__ = None
    __risub__ = None
class B:
    __rsub__ = None
    __iadd__ = None
for f in (lambda: A() - 1, lambda: 1 - B(), lambda: A() - B()):
    try: print(f())
    except TypeError as e: print('TypeError', e)
b = B()
try:
    b += 1
except TypeError as e: print('TypeError', e)
