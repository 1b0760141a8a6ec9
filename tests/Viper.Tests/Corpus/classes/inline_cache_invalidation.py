# Attribute and method caches must notice every change to a class, its bases or an instance dict.
class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Child(Base):
    pass


def read_all(objects):
    out = []
    for o in objects:
        out.append(o.kind + "/" + o.who())
    return out


c = Child()
b = Base()
print(read_all([c, b, c]))
Base.kind = "changed"
print(read_all([c, b]))


def new_who(self):
    return "patched " + type(self).__name__


Base.who = new_who
print(read_all([c, b]))
Child.who = lambda self: "Child lambda"
print(read_all([c, b]))
c.kind = "instance kind"
print(read_all([c, b]))
c.who = lambda: "instance function"
print(read_all([c, b]))
del c.who
del Child.who
print(read_all([c, b]))


class Slot:
    def __init__(self, v):
        self.v = v


def total(items):
    s = 0
    for item in items:
        s += item.v
    return s


items = [Slot(1), Slot(2), Slot(3)]
print(total(items))
items[1].extra = 100
del items[0].v
items[0].v = 10
print(total(items))
Slot.v = property(lambda self: 1000)
print(total(items))
del Slot.v
print(total(items))


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.n = Counter.count


made = []
for i in range(5):
    made.append(Counter().n)
print(made, Counter.count)


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r


shapes = [Square(2), Circle(1), Square(3), Circle(2)]
for rounds in range(2):
    print(list(map(lambda s: s.area(), shapes)))
    Shape.area = lambda self: -1
for s in shapes:
    print(s.area())


class Mutable:
    def method(self):
        return 1


m = Mutable()
results = []
for i in range(4):
    results.append(m.method())
    if i == 1:
        Mutable.method = lambda self: 2
print(results)
