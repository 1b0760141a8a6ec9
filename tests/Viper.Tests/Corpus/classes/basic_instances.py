class Point:
    """A point in the plane."""

    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.x, q.y)
r = p.moved(dx=2, dy=5)
print(r.x, r.y)
print(p.dimensions, Point.dimensions)
p.dimensions = 3
print(p.dimensions, Point.dimensions, q.dimensions)
Point.dimensions = 4
print(p.dimensions, Point.dimensions, q.dimensions)
del p.dimensions
print(p.dimensions)
p.z = 10
print(p.z, p.__dict__)
print(q.__dict__)
print(type(p) is Point, p.__class__ is Point, type(p).__name__)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__doc__)
print(Point)
print(isinstance(p, Point), isinstance(3, Point), isinstance(p, object))
p.x += 100
print(p.x)
p.x = p.x * 2
print(p.x)
