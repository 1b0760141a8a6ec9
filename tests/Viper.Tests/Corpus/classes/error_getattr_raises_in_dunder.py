class Vector:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vector(self.x + other.y)


print("adding")
v = Vector(1) + Vector(2)
