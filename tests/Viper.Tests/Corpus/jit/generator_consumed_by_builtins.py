# Consuming builtins draining compiled generators: items taken at the yield, items that need
# Python code (the generator suspended meanwhile), early stops that leave the generator suspended.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def big_then_small():
    yield 2 ** 62
    yield 2 ** 62
    yield 1
    yield 0.5


class Meter:
    def __init__(self, value):
        self.value = value

    def __radd__(self, other):
        # Runs while sum() holds the generator suspended: it may advance it itself.
        extra = next(source, 0)
        return other + self.value + extra


def meters():
    for i in range(6):
        yield Meter(i)


for _ in range(40):
    total = sum(count_up(100))
print(total, sum(count_up(0)), sum(count_up(5), 10), sum((x * 0.5 for x in count_up(4)), 0.25))
print(sum(big_then_small()))
source = meters()
print(sum(source))
print(min(count_up(5)), max(count_up(5)), sorted(count_up(4), reverse=True))

g = count_up(10)
print(any(x > 3 for x in g), next(g), list(g))
g = count_up(10)
print(any(x == 2 for x in g) and next(g))
g = count_up(10)
print(all(x < 4 for x in g), next(g))
g = count_up(10)
print(any(gen_item > 3 for gen_item in count_up(10)), sum(g))
try:
    sum(x for x in [1, 2, "three"])
except TypeError as error:
    print("TypeError:", error)


def fails_midway():
    yield 1
    yield 2
    raise KeyError("midway")


try:
    sum(fails_midway())
except KeyError as error:
    print("KeyError:", error)
