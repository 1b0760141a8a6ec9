class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return str(self.cents // 100) + "$"
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")

    def __str__(self):
        return "Money(" + str(self.cents) + ")"

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)


m = Money(1234)
print(f"{m} {m:short} {m!s}", "{} / {:short}".format(m, m), format(m), "%s" % m)
print({Money(1), Money(1), Money(2)} == {Money(2), Money(1)}, len({Money(5), Money(5)}))
print(Money(7) in {Money(7)}, Money(8) in frozenset([Money(7)]))


class Window:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Window(self.items[key])
        return self.items[key]

    def __repr__(self):
        return "Window(" + repr(self.items) + ")"


w = Window([0, 1, 2, 3, 4, 5])
print(w[1:4], w[::-2], w[2], w[-1], w[1:5][1:3])


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...])
