"""Special methods are remembered per class after a lookup: every change to the class or its
bases must be seen by the next use, however often the old method was used just before."""


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return self.v

    def __len__(self):
        return self.v

    def __lt__(self, other):
        return self.v < other.v


class Child(Key):
    pass


def repeat(f, times=50):
    for _ in range(times):
        last = f()
    return last


a, b = Child(1), Child(2)
table = {Key(1): "one", Key(2): "two"}

print("len", repeat(lambda: len(a)))
Key.__len__ = lambda self: 40 + self.v
print("len", repeat(lambda: len(a)))

print("eq", repeat(lambda: a == b), repeat(lambda: a != b))
Key.__eq__ = lambda self, other: True
print("eq", repeat(lambda: a == b), repeat(lambda: a != b))

print("lookup", repeat(lambda: table.get(a, "missing")))
Child.__hash__ = lambda self: 2
print("lookup", repeat(lambda: table.get(a, "missing")))

print("lt", repeat(lambda: a < b))
del Key.__lt__
Key.__gt__ = lambda self, other: "gt reflected"
print("lt", repeat(lambda: a < b))

print("bool", repeat(lambda: bool(a)))
Child.__bool__ = lambda self: False
print("bool", repeat(lambda: bool(a)), repeat(lambda: bool(Key(0))))

print("contains", repeat(lambda: 3 in a if hasattr(Child, "__contains__") else "no __contains__"))
Key.__contains__ = lambda self, item: item == self.v
print("contains", repeat(lambda: 1 in a))

del Key.__len__
try:
    len(a)
except TypeError as error:
    print("TypeError:", error)


class Mixin:
    def __len__(self):
        return 7


Key.__len__ = Mixin.__len__
print("len", repeat(lambda: len(Child(3))), len(Key(3)))
