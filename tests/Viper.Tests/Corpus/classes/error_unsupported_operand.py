class Meters:
    def __init__(self, value):
        self.value = value


class Seconds:
    pass


print("dividing")
speed = Meters(5) / Seconds()
