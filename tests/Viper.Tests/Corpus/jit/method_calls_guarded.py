# Method calls from compiled code that go straight to the compiled method while the receiver's
# class is one the call site had seen (up to four), and every way out of that: a method rebound
# on the class or a base, a method set on an instance, a subclass overriding it after the caller
# was compiled, __getattribute__ added later, descriptors put in the method's place, a receiver
# that is no instance at all, and the method rebinding itself while its caller runs.


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    def scaled(self, k):
        return self.area() * k

    def describe(self):
        return "shape"


class Square(Shape):
    def describe(self):
        return "square " + super().describe()


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size


class Triangle(Shape):
    def area(self):
        return self.size * self.size // 2


class Line(Shape):
    def area(self):
        return 0


class Dot(Shape):
    __slots__ = ("size",)

    def area(self):
        return 1


def areas(shapes):
    total = 0
    for shape in shapes:
        total += shape.area()
    return total


def scaled(shapes, k):
    return [shape.scaled(k) for shape in shapes]


def described(shapes):
    return [shape.describe() for shape in shapes]


shapes = [Shape(2), Square(3), Circle(4), Triangle(5), Line(6), Dot(7)]
for _ in range(100):
    areas(shapes)
    scaled(shapes, 2)
    described(shapes)
print("warm", areas(shapes), scaled(shapes, 2), described(shapes))

# Rebinding a method on a class, then on a base the others inherit from.
Circle.area = lambda self: -1
print("circle rebound", areas(shapes), scaled(shapes, 2))
Shape.area = lambda self: 100
print("base rebound", areas(shapes), scaled(shapes, 2))
del Circle.area
print("circle deleted", areas(shapes))
Shape.describe = lambda self: "patched"
print("describe patched", described(shapes))

# A method set on one instance hides the class's for that instance only.
triangle = shapes[3]
triangle.area = lambda: 42
print("instance attribute", areas(shapes))
del triangle.area
print("instance attribute deleted", areas(shapes))


# A subclass made after the caller was compiled, overriding the method.
class Hexagon(Triangle):
    def area(self):
        return 6 * super().area()


shapes.append(Hexagon(2))
print("new subclass", areas(shapes), scaled(shapes, 3))


# __getattribute__ added to a class the call site had seen.
def shouting(self, name):
    if name == "area":
        return lambda: "ATTR"
    return object.__getattribute__(self, name)


Line.__getattribute__ = shouting
print("getattribute", [shape.area() for shape in shapes], areas([Square(1)]))
try:
    areas(shapes)
except TypeError as error:
    print("TypeError", error)
del Line.__getattribute__
print("getattribute deleted", areas(shapes))

# Descriptors in the method's place: staticmethod, classmethod, property, a callable object.
Square.area = staticmethod(lambda: 5)
print("staticmethod", areas(shapes))
Square.area = classmethod(lambda cls: len(cls.__name__))
print("classmethod", areas(shapes))
Square.area = property(lambda self: lambda: self.size * 1000)
print("property", areas(shapes))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


Square.area = Counter()
print("callable object", areas(shapes), areas(shapes))
del Square.area

# A method taking other arguments than the call passes.
Dot.area = lambda self, extra: extra
try:
    areas(shapes)
except TypeError as error:
    print("TypeError", error)
Dot.area = lambda self, extra=7: extra
print("default argument", areas(shapes))

# Receivers that are not instances of a class written in Python.
print("builtin receivers", areas([Shape(1)]), scaled([Shape(1)], 2))
try:
    areas([3])
except AttributeError as error:
    print("AttributeError", error)


# The method rebinding itself while its caller is running: the next call finds the new one.
class Phase:
    def step(self):
        Phase.step = Phase.second
        return 1

    def second(self):
        return 2


def steps(phase, n):
    return [phase.step() for _ in range(n)]


for _ in range(40):
    Phase.step = Phase.__dict__["step"] if "first" not in Phase.__dict__ else Phase.first
    Phase.first = Phase.step
    steps(Phase(), 3)
print("self rebinding", steps(Phase(), 3))
Phase.step = Phase.first
print("restored", steps(Phase(), 4))


# A method calling itself through the receiver, and one closing over a variable.
def make_counter_class(start):
    class Countdown:
        def count(self, n):
            if n == 0:
                return start
            return self.count(n - 1) + 1

    return Countdown


Countdown = make_counter_class(10)
for _ in range(40):
    Countdown().count(5)
print("recursive method", Countdown().count(20))
Countdown.count = lambda self, n: -n
print("recursive rebound", Countdown().count(20))

# The same loop at module level, compiled while it runs.
ring = [Square(1), Circle(2), Triangle(3)]
total = 0
for i in range(3000):
    if i == 1500:
        Circle.area = lambda self: 1000
    if i == 2000:
        ring[2].area = lambda: 7
    total += ring[i % 3].area()
print("module loop", total)
