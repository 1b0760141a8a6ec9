# A class's namespace keeps insertion order: rebinding keeps a name's place, and a name
# deleted and bound again moves to the end, as in CPython's class dicts.


def own(cls):
    return [name for name in cls.__dict__ if not name.startswith("__")]


class C:
    a = 1
    b = 2

    def method(self):
        return "method"

    c = 3


print(own(C))
C.b = 20
print(own(C), C.b)
del C.a
print(own(C), hasattr(C, "a"))
C.a = 10
print(own(C), C.a)
del C.method
C.method = lambda self: "replaced"
print(own(C), C().method())
for name in ["x", "y", "z"]:
    setattr(C, name, name.upper())
del C.y
C.y = "again"
print(own(C))
print(list(vars(C).items())[-3:])

# Many names added and removed: the table grows and drops removed entries, keeping the order.
class Many:
    pass


for i in range(40):
    setattr(Many, f"n{i}", i)
for i in range(0, 40, 3):
    delattr(Many, f"n{i}")
for i in range(0, 40, 9):
    setattr(Many, f"n{i}", -i)
print(own(Many))
print(sum(getattr(Many, name) for name in own(Many)))


class D(C):
    d = 4


print(own(D), D.a, D.b, D.c, D.y)
try:
    del D.a
except AttributeError as error:
    print("AttributeError:", error)
print(sorted(name for name in dir(D) if not name.startswith("__")))
