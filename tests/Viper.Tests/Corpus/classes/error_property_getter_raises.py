class Sensor:
    def __init__(self):
        self.readings = []

    @property
    def latest(self):
        return self.readings[0]


s = Sensor()
print(len(s.readings))
print(s.latest)
