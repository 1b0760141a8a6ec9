# The special methods builtin types answer as attributes: object's comparisons, hash and format;
# __hash__ = None on the mutable containers; the operators of list, tuple, dict, set and frozenset;
# iteration, length and membership of str, sets, bytes, ranges and dict views; int and float
# rounding. Operators never look these up; code calls them directly or through super().


class Keyed:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        if isinstance(other, Keyed):
            return self.key == other.key
        return super().__eq__(other)

    __hash__ = object.__hash__


a, b = Keyed(1), Keyed(1)
print(a == b, a == 1, a != 1, isinstance(hash(a), int), hash(a) == object.__hash__(a))
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, a), object.__ne__(a, b))
print(object.__lt__(a, b), object.__le__(a, a), object.__gt__(1, 2), object.__ge__(1, 1))
other = Keyed(2)
print(object.__format__(a, "") == str(a), format(other, "") == str(other))
try:
    object.__format__(a, "x")
except TypeError as error:
    print("TypeError:", error)
print(object.__subclasshook__(), object.__init_subclass__())

print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, Keyed.__hash__ is object.__hash__)
print(tuple.__hash__((1, 2)) == hash((1, 2)), frozenset.__hash__(frozenset([1])) == hash(frozenset([1])))
print(str.__hash__("ab") == hash("ab"), int.__hash__(7), None.__hash__() == hash(None))
for value in ("abc", {1, 2}, frozenset([3]), b"xy", bytearray(b"z"), range(3), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()):
    print(type(value).__name__, hasattr(value, "__iter__"), hasattr(value, "__len__"), value.__len__(), list(value.__iter__()))
print("b".__contains__("b"), {1}.__contains__(1), frozenset([2]).__contains__(3), b"ab".__contains__(97), range(5).__contains__(4), {1: 2}.keys().__contains__(1))
print(b"abc".__getitem__(1), bytearray(b"abc").__getitem__(0), range(10).__getitem__(-1), range(10).__getitem__(slice(2, 8, 3)))

print([1].__add__([2]), [1].__mul__(3), [1].__rmul__(2), [1, 2].__lt__([1, 3]), [1].__eq__([1]), [1].__ne__([2]))
print([1].__eq__((1,)), [1].__lt__(3), (1,).__ne__(3))
try:
    [1].__add__((2,))
except TypeError as error:
    print("TypeError:", error)
items = [1]
print(items.__iadd__((2, 3)) is items, items, items.__imul__(2) is items, items, list(items.__reversed__()))
print((1,).__add__((2,)), (1,).__mul__(2), (1,).__rmul__(3), (1, 2).__ge__((1,)), (1,).__eq__([1]), (1,).__getnewargs__())
try:
    (1,).__add__([2])
except TypeError as error:
    print("TypeError:", error)
print({1: 2}.__eq__({1: 2}), {1: 2}.__ne__({1: 3}), {1: 2}.__lt__({}), {1: 2}.__or__({3: 4}), {1: 2}.__ror__({0: 1}), {1: 2}.__or__([]))
merged = {1: 2}
print(merged.__ior__([(5, 6)]) is merged, merged, list({1: 2, 3: 4}.__reversed__()))

print({1, 2}.__or__({3}), {1, 2}.__and__(frozenset([2])), {1, 2}.__sub__({1}), {1, 2}.__xor__({2, 3}), {1}.__or__([2]))
print(frozenset([1]).__or__({2}), type(frozenset([1]).__or__({2})).__name__, {1}.__ror__(frozenset([5])), {1}.__rsub__({1, 2}))
print({1}.__le__({1, 2}), {1}.__lt__({1}), {1, 2}.__ge__(frozenset([1])), {1}.__gt__([1]), {1}.__eq__(frozenset([1])), {1}.__ne__({1}))
grown = {1}
print(grown.__ior__({2}) is grown, grown, grown.__iand__({2, 3}), grown.__isub__({9}), grown.__ixor__({4}), grown.__ior__([1]))
print(hasattr(frozenset(), "__ior__"), hasattr(set(), "__ior__"))

print("ab".__iter__().__next__(), "%s-%s".__mod__((1, 2)), "%s".__rmod__(3), "ab".__getnewargs__())
print((7).__divmod__(2), (7).__rdivmod__(30), (-7).__divmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(20))
print((5).__round__(), (1234).__round__(-2), (5).__ceil__(), (5).__floor__(), (5).__trunc__(), True.__round__())
print((2.5).__round__(), (3.14159).__round__(2), (2.7).__ceil__(), (-2.7).__floor__(), (-2.7).__trunc__(), (2.5).__round__(None))
print(int.__repr__(True), int.__repr__(False), True.__repr__(), bool.__repr__(False), repr(True), str(False), int.__str__(True))
print(range(3).__bool__(), range(0).__bool__(), list(range(3).__reversed__()), None.__bool__(), (None).__eq__(None))

for bad in ("list.__add__((1,), [2])", "set.__or__([1], {2})", "object.__eq__()", "dict.__or__({}, [], 1)", "(5).__round__('x')",
            "(2.5).__round__(1.5)", "(1).__divmod__(0)", "[1].__mul__('x')", "(1,).__mul__(2.0)", "bool.__repr__(5)", "True.__repr__(1)"):
    try:
        print(eval(bad))
    except (TypeError, ZeroDivisionError) as error:
        print(f"{bad}: {type(error).__name__}: {error}")


class Tally(set):
    pass


class Pairs(dict):
    def __eq__(self, other):
        return super().__eq__(other) and isinstance(other, Pairs)

    __hash__ = None


class Row(tuple):
    def __add__(self, other):
        return Row(super().__add__(other))

    def __lt__(self, other):
        return super().__lt__(other)


print(Pairs(a=1) == Pairs(a=1), Pairs(a=1) == {"a": 1}, Pairs.__hash__)
row = Row((1,)) + (2,)
print(row, type(row).__name__, Row((1,)) < Row((2,)))
