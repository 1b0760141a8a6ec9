# 2000 small objects created through __init__, each read back once.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def bench():
    total = 0
    for i in range(2000):
        p = Point(i, i + 1)
        total += p.x + p.y
    return total
