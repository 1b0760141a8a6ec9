# reversed() calls a class's own __reversed__ and returns whatever it gives; None there means not reversible.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))


class Odd:
    def __reversed__(self):
        return "not an iterator"


class Blocked(list):
    __reversed__ = None


class Backwards(list):
    def __reversed__(self):
        yield from ("custom", *reversed(list(self)))


print(list(reversed(Countdown(4))), reversed(Odd()), list(reversed(Backwards([1, 2, 3]))))
try:
    reversed(Blocked([1]))
except TypeError as error:
    print("TypeError", error)
try:
    reversed(Countdown)
except TypeError as error:
    print("TypeError", error)
