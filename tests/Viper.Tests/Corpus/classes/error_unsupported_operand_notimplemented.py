class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __add__(self, other):
        if isinstance(other, Celsius):
            return Celsius(self.degrees + other.degrees)
        return NotImplemented


print((Celsius(1) + Celsius(2)).degrees)
total = Celsius(1) + 5
