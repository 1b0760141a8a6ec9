# Instance attributes kept in per-class shared layouts: orders, many attributes, __dict__ views and deletion.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_all(points):
    return [(p.x, p.y) for p in points]


# Attributes added in different orders on instances of the same class.
a = Point(1, 2)
b = Point(3, 4)
b.z = 5
c = Point.__new__(Point)
c.y = 6
c.x = 7
print(read_all([a, b, c, a, c, b]))
print(vars(a), vars(b), vars(c))
print(list(c.__dict__), [n for n in dir(c) if not n.startswith("_")])

# One load site seeing several shapes in turn.
def total(points):
    s = 0
    for p in points:
        s += p.x
    return s


shapes = []
for i in range(20):
    p = Point(i, i)
    for j in range(i % 4):
        setattr(p, "extra%d" % j, j)
    shapes.append(p)
print(total(shapes), total(shapes))

# __dict__ is the real thing: writes to it are seen by attribute loads, and the other way round.
d = Point(1, 2)
for _ in range(3):
    print(d.x, d.y)
d.__dict__["x"] = 10
d.__dict__["w"] = 11
print(d.x, d.w, vars(d) is d.__dict__)
d.y = 12
print(d.__dict__)
del d.__dict__["y"]
try:
    d.y
except AttributeError as e:
    print(e)
d.__dict__.clear()
print(hasattr(d, "x"), vars(d))
d.x = 1
print(d.x, vars(d))

# Deleting an attribute, reading it again, adding it back (it goes to the end).
e = Point(1, 2)
for _ in range(3):
    print(e.x)
del e.x
try:
    print(e.x)
except AttributeError as err:
    print(err)
try:
    del e.x
except AttributeError as err:
    print(err)
e.x = 3
print(vars(e), e.x, e.y)

# Many attributes on one instance, through setattr/getattr/hasattr with dynamic names.
many = Point(0, 0)
for i in range(150):
    setattr(many, "a%d" % i, i * i)
print(getattr(many, "a149"), hasattr(many, "a150"), getattr(many, "a150", "missing"), len(vars(many)))
print(list(vars(many))[:5], list(vars(many))[-2:])
delattr(many, "a7")
print(hasattr(many, "a7"), len(vars(many)))

# Many differently shaped instances of one class.
class Bag:
    pass


bags = []
for i in range(700):
    bag = Bag()
    setattr(bag, "k%d" % i, i)
    bag.common = i
    bags.append(bag)
print(sum(bag.common for bag in bags), getattr(bags[699], "k699"), list(vars(bags[3])))

# Subclass instances share the base's methods, keep their own layouts.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


mixed = [Point(1, 2), Point3(1, 2, 3), Point(4, 5), Point3(-1, -2, -3)]
print(read_all(mixed), [p.norm1() for p in mixed if isinstance(p, Point3)], vars(mixed[1]))

# An instance attribute hides a method of the same name, for calls and reads.
class Greeter:
    def hello(self):
        return "method"


g = Greeter()
h = Greeter()
for _ in range(3):
    print(g.hello(), h.hello())
g.hello = lambda: "instance"
for _ in range(3):
    print(g.hello(), h.hello())
del g.hello
print(g.hello())

# A bare object() has no __dict__.
o = object()
try:
    o.x = 1
except AttributeError as err:
    print(err)
print(hasattr(o, "__dict__"))
