# A rich comparison's value is whatever the method returned, not only its truth.


class Vector:
    """Element-wise comparisons, as array libraries define them."""

    def __init__(self, *items):
        self.items = list(items)

    def __eq__(self, other):
        return Vector(*[a == other for a in self.items])

    def __ne__(self, other):
        return Vector(*[a != other for a in self.items])

    def __lt__(self, other):
        return Vector(*[a < other for a in self.items])

    def __ge__(self, other):
        return Vector(*[a >= other for a in self.items])

    def __repr__(self):
        return "Vector(%s)" % ", ".join(map(repr, self.items))

    def __bool__(self):
        raise ValueError("the truth value of a Vector is ambiguous")


v = Vector(1, 5, 3)
print(v == 3)
print(v != 3)
print(v < 3)
print(v >= 3)
print(3 == v)
print(3 > v)
print(3 <= v)
result = v == 5
print(type(result).__name__, result)
print([v < 4, v == 1])

try:
    if v == 3:
        print("unreachable")
except ValueError as error:
    print("ValueError:", error)

try:
    print(not (v == 3))
except ValueError as error:
    print("ValueError:", error)


class Odd:
    def __eq__(self, other):
        return "equal?"

    def __ne__(self, other):
        return 0

    def __lt__(self, other):
        return [other]

    def __gt__(self, other):
        return ()

    def __le__(self, other):
        return NotImplemented

    __hash__ = object.__hash__


o = Odd()
print(o == 1, o != 1, o < 1, o > 1)
print(1 == o, 1 != o, 1 > o, 1 < o)
print(o == o, o != o)
if o != 1:
    print("truthy")
else:
    print("falsy 0")

try:
    print(o <= 1)
except TypeError as error:
    print("TypeError:", error)

# Chains: the value of the first false link, or of the last one.
print(o == 1 == 1)
print(o != 1 == 1)
print(1 < 2 < o)
print(o < 1 < 2)
print(0 < 1 < o > 5)

# Containers ask only for the truth of their items' comparisons.
print([o] == [1], (o,) == (1,), o in [1, 2], [o] != [1])
print(sorted([o, o], key=lambda x: 0) == [o, o])


class Named:
    def __eq__(self, other):
        return "Named.__eq__"

    def __lt__(self, other):
        return "Named.__lt__"

    __hash__ = object.__hash__


class MixinFirst(Named, int):
    pass


class IntFirst(int, Named):
    pass


class StrMixin(Named, str):
    pass


print(MixinFirst(3) == 3, MixinFirst(3) < 5, 3 == MixinFirst(3))
print(IntFirst(3) == 3, IntFirst(3) < 5, 3 == IntFirst(3))
print(StrMixin("a") == "a", StrMixin("a") < "b")


class Loud(int):
    def __eq__(self, other):
        return "Loud.__eq__"

    __hash__ = int.__hash__


print(Loud(1) == 1, 1 == Loud(1), Loud(2) == Loud(2), Loud(1) != 1)


def compare_all(a, b):
    return a == b, a != b, a < b, a is b, a in [b]


# Ints first, then objects: a function compiled for ints meets a class later.
for i in range(40):
    last = compare_all(i, 3)
print(last)
print(compare_all(o, 3))
print(compare_all(Loud(3), 3))
print(compare_all(2.5, 3))
