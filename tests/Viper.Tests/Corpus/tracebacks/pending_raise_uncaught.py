# An exception raised in a compiled function leaves through compiled callers of every kind
# (a method, a constructor, a bare re-raise, a handler raising anew) up to the module: each frame
# printed with its line, and the context printed before it.
class Contradiction(Exception):
    pass


def thrower(i):
    if i > 40:
        raise Contradiction(i)
    return i


class Solver:
    def __init__(self, start):
        self.total = 0
        for i in range(start, start + 50):
            self.total += self.narrow(i)

    def narrow(self, i):
        try:
            return thrower(i)
        except Contradiction:
            raise


def search(start):
    try:
        return Solver(start).total
    except Contradiction as e:
        raise ValueError("no solution") from None if start > 100 else ValueError(f"search failed at {e}")


for start in range(-100, -60):
    search(start)
search(0)
