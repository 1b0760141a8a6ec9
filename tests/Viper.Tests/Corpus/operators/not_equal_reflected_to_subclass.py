"""x != y with y an instance of a subclass of x's class: CPython asks y first, and y's inherited
object.__ne__ answers from y's __eq__, so the subclass's view decides even without its own __ne__."""


class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v


class Child(Base):
    pass


class OwnNe(Base):
    def __ne__(self, other):
        return "OwnNe.__ne__"


class Declines(Base):
    def __eq__(self, other):
        return NotImplemented


class Plain:
    pass


class PlainChild(Plain):
    pass


pairs = [
    (Base(1), Child(0)), (Child(0), Base(1)), (Base(0), Child(1)), (Child(1), Base(0)),
    (Base(1), OwnNe(0)), (OwnNe(0), Base(1)), (Base(1), Declines(0)), (Declines(0), Base(1)),
    (Plain(), PlainChild()), (Base(2), Child(2)),
]
for _ in range(2):
    for left, right in pairs:
        print(type(left).__name__, type(right).__name__, left != right, left == right)
