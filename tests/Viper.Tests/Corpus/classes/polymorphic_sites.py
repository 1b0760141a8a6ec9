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
