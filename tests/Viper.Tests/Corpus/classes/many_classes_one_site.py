# One attribute read, store and method call reaching instances of more classes than a site keeps
# entries for (twelve), in rotating orders, while some of the classes change between passes.
class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return "%s:%d" % (self.kind, self.n)


def make(i):
    namespace = {"kind": "k%d" % i}
    if i % 3 == 0:
        namespace["describe"] = lambda self, i=i: "own%d:%d" % (i, self.n)
    return type("C%d" % i, (Base,), namespace)


classes = [make(i) for i in range(12)]
objects = [cls(i) for i, cls in enumerate(classes)]


def visit(items, bump):
    out = []
    for o in items:
        o.n += bump
        out.append((o.kind, o.describe(), o.n))
    return out


for rotation in range(4):
    items = objects[rotation:] + objects[:rotation]
    print(visit(items, rotation))

classes[4].kind = "changed"
classes[7].describe = lambda self: "patched%d" % self.n
Base.describe = lambda self: "base-new%d" % self.n
objects[9].kind = "instance-own"
for _ in range(2):
    print(visit(objects[::-1], 1))

del classes[7].describe
del objects[9].kind
print(visit(objects, 0))
