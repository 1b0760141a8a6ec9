# Zero-argument super() and the class cell in compiled methods: multiple inheritance (the MRO
# decides where each super() continues), __init__ chains, classmethods, methods whose self a
# comprehension captures, functions made inside methods that share the class cell, and the
# errors super() raises.


class Base:
    def __init__(self, value):
        self.value = value

    def describe(self, depth):
        return ["Base"]

    def score(self):
        return self.value

    @classmethod
    def make(cls, value):
        return cls(value)


class Left(Base):
    def __init__(self, value):
        super().__init__(value + 1)
        self.left = True

    def describe(self, depth):
        return ["Left"] + super().describe(depth + 1)

    def score(self):
        return super().score() * 2


class Right(Base):
    def __init__(self, value):
        super().__init__(value * 10)
        self.right = True

    def describe(self, depth):
        return ["Right"] + super().describe(depth + 1)

    def score(self):
        return super().score() + 3


class Diamond(Left, Right):
    def __init__(self, value):
        super().__init__(value)

    def describe(self, depth):
        return ["Diamond"] + super().describe(depth + 1)

    def score(self):
        return super().score() - 1

    @classmethod
    def make(cls, value):
        made = super().make(value)
        made.made = True
        return made


total = 0
for i in range(3000):
    d = Diamond(i)
    total += d.score()
print(total, Diamond.__mro__[1].__name__, d.value, d.left, d.right)
print(d.describe(0), Left(1).describe(0), Right(1).describe(0))
print(Diamond.make(5).score(), Diamond.make(5).made)


class Captures(Base):
    def scaled(self, factors):
        # self lives in a cell here (the comprehension reads it); super() reads the cell's contents.
        values = [self.value * f for f in factors]
        return super().score() + sum(values)

    def helper_shares_class_cell(self):
        def helper(me):
            return super().score() + 100

        return helper(self)

    def lambda_in_method(self, items):
        return sorted(items, key=lambda item: abs(item - self.value))[0] + super().score()


c = Captures(7)
for i in range(500):
    scaled = c.scaled([1, 2, i % 4])
    shared = c.helper_shares_class_cell()
    near = c.lambda_in_method([1, 5, 9, 20])
print(scaled, shared, near)


class Rebinding(Base):
    def score(self, other):
        # Rebinds its first argument: super() follows the new value, as in CPython.
        self = other
        return super().score()


for i in range(200):
    rebound = Rebinding(1).score(Rebinding(i))
print(rebound)
try:
    Rebinding(1).score(Base(2))
except TypeError as error:
    print("TypeError:", error)


class NoArgs(Base):
    def nested(self):
        def inner():
            return super().score()

        return inner()

    @staticmethod
    def static():
        return super().score()


for call in [lambda: NoArgs(1).nested(), NoArgs.static]:
    for attempt in range(40):
        try:
            call()
        except RuntimeError as error:
            message = f"RuntimeError: {error}"
    print(message)


class Counter(Base):
    created = 0

    def __init__(self, value, step):
        super().__init__(value)
        self.step = step

    def advance(self, times):
        for _ in range(times):
            self.value = super().score() + self.step
        return self.value


counter = Counter(0, 3)
print(counter.advance(5000), Counter(1, 1).advance(3))
