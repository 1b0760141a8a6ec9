class Shape:
    def __init__(self, *sides):
        self.sides = sides

    def scaled(self, factor, /, *, rounding=None):
        return Shape(*[s * factor for s in self.sides])


def build(**options):
    shape = Shape(3, 4, 5)
    return shape.scaled(**options)


print(build.__kwdefaults__)
build(factor=2)
