# Making instances from compiled code: a call of a global holding a class written in Python goes
# straight to a new instance and the class's compiled __init__ while the class is as it was when
# the caller was compiled. Every way out of that: __init__ or __new__ set on the class or a base
# later, the global rebound to another class or a function, __init__ returning something or
# raising, the wrong number of arguments, and the class made abstract.
import abc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


def make_points(n):
    return [Point(i, -i) for i in range(n)]


def make_point3(n):
    return Point3(n, n + 1, n + 2)


for _ in range(100):
    make_points(3)
    make_point3(1)
print("warm", make_points(3), make_point3(1))

# __init__ rebound on the class, then on the base a subclass inherits it from.
original_init = Point.__init__
Point.__init__ = lambda self, x, y: setattr(self, "x", x * 10) or setattr(self, "y", y * 10)
print("init rebound", make_points(2), make_point3(2))
Point.__init__ = original_init
print("init restored", make_points(2), make_point3(2))


# __new__ added later (to a class of its own: CPython keeps object.__new__'s complaint about
# arguments after a __new__ set on a class is deleted again): it decides what the call returns.
class Made:
    def __init__(self, x, y):
        self.x = x


def make_made(n):
    return [Made(i, -i).x for i in range(n)]


for _ in range(100):
    make_made(2)


def shared_new(cls, *args):
    instance = object.__new__(cls)
    instance.made_by_new = True
    return instance


Made.__new__ = shared_new
print("new added", make_made(2), Made(1, 2).made_by_new)

# The global rebound: to another class, to a function, to a builtin type.
SavedPoint = Point


class Other:
    def __init__(self, x, y):
        self.total = x + y

    def __repr__(self):
        return f"Other({self.total})"


Point = Other
print("other class", make_points(3))
Point = lambda x, y: (x, y)
print("function", make_points(3))
Point = range
print("builtin type", make_points(3))
Point = SavedPoint
print("restored", make_points(3))

# __init__ returning something other than None, and raising.
Point.__init__ = lambda self, x, y: x
try:
    make_points(2)
except TypeError as error:
    print("TypeError", error)


def failing_init(self, x, y):
    if x == 1:
        raise ValueError(f"bad x {x}")
    self.x, self.y = x, y


Point.__init__ = failing_init
try:
    make_points(3)
except ValueError as error:
    print("ValueError", error)
Point.__init__ = original_init

# An __init__ taking other arguments than the call passes.
Point.__init__ = lambda self, x: None
try:
    make_points(2)
except TypeError as error:
    print("TypeError", error)
Point.__init__ = lambda self, x, y, z=5: setattr(self, "x", z) or setattr(self, "y", z)
print("default argument", make_points(2))
Point.__init__ = original_init


# A class whose instances are made directly, made abstract afterwards.
class Shape:
    def __init__(self, size):
        self.size = size


def make_shape(size):
    return Shape(size).size


for _ in range(100):
    make_shape(2)
print("shape", make_shape(3))
Shape.__abstractmethods__ = frozenset({"area"})
try:
    make_shape(4)
except TypeError as error:
    print("TypeError", error)
Shape.__abstractmethods__ = frozenset()
print("shape again", make_shape(5))


# A class with a metaclass of its own that intercepts calls.
class Counting(type):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        return super().__call__(*args)


class Tracked(metaclass=Counting):
    def __init__(self, value):
        self.value = value


def make_tracked(n):
    return Tracked(n).value


for i in range(100):
    make_tracked(i)
print("metaclass", make_tracked(7), Counting.calls)


# The same at module level, compiled while the loop runs.
total = 0
for i in range(3000):
    if i == 1500:
        Point.__init__ = lambda self, x, y: setattr(self, "x", 1) or setattr(self, "y", 1)
    p = Point(i, i)
    total += p.x + p.y
print("module loop", total)
