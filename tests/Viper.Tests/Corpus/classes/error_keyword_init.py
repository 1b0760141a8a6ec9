class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


print(Point(1, y=2).y)
Point(1, z=3)
