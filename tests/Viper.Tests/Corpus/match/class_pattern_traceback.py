# An uncaught error from a class pattern points at the pattern.
class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def locate(p):
    match p:
        case [x, y]:
            return x, y
        case Point(x,
                   y):
            return x, y


print(locate([1, 2]))
locate(Point(1))
