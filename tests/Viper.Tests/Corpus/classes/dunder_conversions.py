class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)


class Index:
    def __index__(self):
        return 7


print(int(Meters(3.7)), float(Meters(2)), int(Index()), float(Index()))
print(int(Meters(-2.5)) + 1, float(Meters(1)) / 4)
