# 2000 rounds of instance attribute loads and stores, plus a method call, on one object.
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x = self.x + self.v * dt


def bench():
    p = Particle(0.0, 1.5)
    total = 0.0
    for i in range(2000):
        p.v = p.v * 0.999 + 0.001
        p.step(0.01)
        total += p.x
    return total
