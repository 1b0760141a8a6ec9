# One attribute read or method call reaching instances of many classes, while the classes change.
class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return self.kind + str(self.n)

    def twice(self):
        return self.n * 2


def make_classes(count):
    classes = []
    for i in range(count):
        def describe(self, i=i):
            return "c%d:%d" % (i, self.n)

        namespace = {"kind": "k%d" % i}
        if i % 2:
            namespace["describe"] = describe
        classes.append(type("C%d" % i, (Base,), namespace))
    return classes


def visit(objects):
    out = []
    for o in objects:
        out.append((o.n, o.kind, o.describe(), o.twice()))
    return out


classes = make_classes(6)
objects = [cls(i) for i, cls in enumerate(classes)] * 2
for _ in range(3):
    print(visit(objects))

# Change some classes after the sites have seen them.
classes[1].kind = "changed"
classes[2].describe = lambda self: "patched" + str(self.n)
Base.twice = lambda self: -self.n
for _ in range(2):
    print(visit(objects))

# Instances of one class in different shapes, read at one site.
class Shape:
    pass


shapes = []
for i in range(6):
    s = Shape()
    for name in ["a", "b", "c", "d", "e", "f"][: i + 1][::-1]:
        setattr(s, name, i)
    shapes.append(s)
for _ in range(3):
    print([s.a for s in shapes], [list(vars(s))[0] for s in shapes])

# An instance attribute appearing on one of the receivers hides the class's method there only.
objects[3].describe = lambda: "own"
print(visit(objects[:6]))
del objects[3].describe
print(visit(objects[:6]))

# One store site (a base class's __init__) filling instances of several subclasses, while they change.
class Record:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def update(self, a):
        self.a = a


subclasses = [type("R%d" % i, (Record,), {}) for i in range(6)]


def fill(round_number):
    made = [cls(i, round_number) for i, cls in enumerate(subclasses)]
    for record in made:
        record.update(record.a + 10)
    return [(type(r).__name__, r.a, r.b, list(vars(r))) for r in made]


for n in range(3):
    print(fill(n))

subclasses[2].b = property(lambda self: "prop", lambda self, value: print("setter got", value))


def noisy_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


subclasses[4].__setattr__ = noisy_setattr
for n in range(2):
    print(fill(n))
del subclasses[4].__setattr__
del subclasses[2].b
print(fill(9))
