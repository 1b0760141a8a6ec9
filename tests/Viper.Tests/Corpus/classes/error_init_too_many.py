class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print("making a point")
p = Point(1, 2, 3)
