# Classes derived from set and frozenset: construction, reprs, attributes, overridden special
# methods, super() calls, results of the operators and methods (plain set/frozenset), hashing.


class Tags(set):
    pass


class Frozen(frozenset):
    pass


print(Tags(), Tags([3, 1]), Frozen(), Frozen("ab") == frozenset("ab"), repr(Frozen([2])))
tags = Tags([1, 2])
tags.add(3)
tags.discard(1)
tags.owner = "me"
print(sorted(tags), len(tags), 2 in tags, 9 in tags, bool(Tags()), tags.owner, vars(tags))
print(type(tags | {9}).__name__, type(tags.copy()).__name__, type(tags.union()).__name__, type(tags - {2}).__name__)
print(type(Frozen([1]) | {2}).__name__, type(Frozen([1]).copy()).__name__, type(frozenset(Frozen([1]))).__name__)
print(frozenset(Frozen([1])) is not None, hash(Frozen([1, 2])) == hash(frozenset([1, 2])), {Frozen([1]): "x"}[frozenset([1])])
print(tags == {2, 3}, tags <= {2, 3, 4}, {2, 3} == tags, isinstance(tags, set), isinstance(Frozen(), frozenset))
try:
    hash(tags)
except TypeError as error:
    print("TypeError:", error)
try:
    Frozen([1]).add(2)
except AttributeError as error:
    print("AttributeError:", error)


class Pair(set):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.first = a


pair = Pair(5, 6)
print(sorted(pair), pair.first)
try:
    Pair(1)
except TypeError as error:
    print("TypeError:", error)


class Counted(set):
    adds = 0

    def add(self, item):
        Counted.adds += 1
        super().add(item)

    def __contains__(self, item):
        return super().__contains__(item) or item == "always"

    def __len__(self):
        return super().__len__() * 10

    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def __or__(self, other):
        return Counted(super().__or__(other))

    def __repr__(self):
        return f"Counted({sorted(self)})"


counted = Counted()
for value in (3, 1, 2):
    counted.add(value)
print(Counted.adds, counted, "always" in counted, 5 in counted, len(counted), list(counted), counted | {0})
print(sorted(counted.__iter__()), set.__len__(counted), set.__contains__(counted, "always"))


class Named(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __str__(self):
        return "Named:" + ",".join(map(str, sorted(self)))


named = Named(3, 1)
print(named, repr(named) == "Named({1, 3})", type(named).__name__, named | {9})


class Empty(set):
    pass


recursive = Empty()
print(recursive, Empty([Frozen()]), Tags([Frozen([1])]))
for value in range(100):
    tags.add(value % 7)
print(sorted(tags), len(tags))
