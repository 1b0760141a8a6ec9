"""Builtins that reduce an iterable take one item at a time: the key function, comparisons and
conversions run between the generator's steps, and an error stops the generator where it happens."""
import math


def traced(items):
    for item in items:
        print("  yield", repr(item))
        yield item


def key(x):
    print("  key", x)
    return -x


print("max with key:", max(traced([3, 1, 2]), key=key))
print("min with key:", min(traced([3, 1, 2]), key=key))
print("max default:", max(traced([]), default="none"))
print("min of arguments with key:", min(5, 4, 6, key=key))


class Loud:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Loud({self.value})"

    def __lt__(self, other):
        print("  compare", self.value, "<", other.value)
        return self.value < other.value

    def __gt__(self, other):
        print("  compare", self.value, ">", other.value)
        return self.value > other.value


print("max by comparisons:", max(traced([Loud(1), Loud(3), Loud(2)]), key=lambda loud: loud).value)

for name, reduce in [("max", max), ("min", min), ("math.prod", math.prod), ("math.fsum", math.fsum)]:
    source = traced([2, None, 3, 4])
    try:
        reduce(source)
    except TypeError as e:
        print(name, type(e).__name__, e)
    print("  left in the generator:", list(source))

try:
    max(traced([1, 2]), key=lambda x: 1 / (x - 2) if x == 2 else x)
except ZeroDivisionError as e:
    print("key error", type(e).__name__, e)
source = traced([1, 2, 3])
try:
    max(source, key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("key error", type(e).__name__, e, "- left:", list(source))
print("prod:", math.prod(traced([2, 3]), start=5))
print("fsum:", math.fsum(traced([0.1, 0.2, 0.3])))
