# collections' dict types: defaultdict, Counter, OrderedDict and ChainMap.
from collections import defaultdict, Counter, OrderedDict, ChainMap

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups, groups["z"], len(groups), isinstance(groups, dict))
counts = defaultdict(int, {"x": 1}, y=2)
counts["x"] += 1
counts["w"] += 5
print(counts, counts.default_factory, counts.get("missing"), "missing" in counts)
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["nope"]
except KeyError as error:
    print("KeyError", error)
copied = counts.copy()
copied["x"] = 100
print(type(copied).__name__, copied["x"], counts["x"], copied.default_factory)
print(defaultdict(list, a=[1]) | {"b": [2]}, {"c": 3} | defaultdict(int, d=4))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]), list(nested))
try:
    defaultdict(5)
except TypeError as error:
    print("TypeError", error)

c = Counter("mississippi")
print(c, c["s"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c.total())
c.update("sip")
c.update({"m": 3, "q": 1})
c.update(z=2)
print(c)
c.subtract("ssss")
c.subtract({"q": 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=-2, c=1), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-1, c=0), -Counter(a=1, b=-1, c=0))
inplace = Counter(a=1, b=2)
inplace += Counter(a=-1, c=1)
print(inplace)
inplace -= Counter(b=1)
inplace |= Counter(d=4)
inplace &= Counter(b=5, d=2)
print(inplace)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter() > Counter())
print(Counter(), Counter([]), Counter({"a": 0}), Counter(["x", "y", "x"]).copy())
del c["not there"]
del c["m"]
print("m" in c, list(c.keys()))
try:
    Counter.fromkeys("ab")
except NotImplementedError as error:
    print("NotImplementedError", error)
words = Counter()
for word in "the cat and the hat and the bat".split():
    words[word] += 1
print(words.most_common(3))

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), list(reversed(o)))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
try:
    o.move_to_end("zz")
except KeyError as error:
    print("KeyError", error)
try:
    OrderedDict().popitem()
except KeyError as error:
    print("KeyError", error)
first = OrderedDict([("x", 1), ("y", 2)])
second = OrderedDict([("y", 2), ("x", 1)])
print(first == second, first == dict(second), dict(first) == second, first != second)
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), type(OrderedDict.fromkeys("a")).__name__, first.copy())
print(first | {"z": 3}, {"w": 0} | first)
first |= {"q": 9}
print(first, first.setdefault("x", 7), first.pop("y"), first)

maps = ChainMap({"a": 1, "b": 2}, {"b": 20, "c": 30})
print(maps, maps["a"], maps["b"], maps["c"], maps.get("d"), maps.get("d", 0), len(maps), list(maps), "c" in maps)
maps["c"] = 300
maps["d"] = 4
print(maps, dict(maps), sorted(maps.items()))
del maps["d"]
child = maps.new_child({"a": 0})
print(child, child["a"], child.parents, child.maps[1] is maps.maps[0])
try:
    del maps["c"]
except KeyError as error:
    print("KeyError", error)
try:
    maps["missing"]
except KeyError as error:
    print("KeyError", error)
print(ChainMap(), bool(ChainMap({})), bool(ChainMap({}, {"a": 1})), ChainMap({"a": 1}) == {"a": 1})
print(maps.pop("a"), maps, maps.popitem())
try:
    ChainMap({}).popitem()
except KeyError as error:
    print("KeyError", error)

# OrderedDict's views print as odict_keys/odict_values/odict_items and the keys and items views are set-like.
O = OrderedDict
o = O([(1, 'x'), (2, 'y')])
k = o.keys()
print(k & {1}, {1} & k, k | {9}, k - {1}, {1, 5} - k, k ^ {1, 7}, k == {1, 2}, k != {1}, k == [1, 2], k.isdisjoint({3}), o.items() & {(1, 'x')}, list(reversed(o.values())), type(k).__name__, (1, 'x') in o.items(), o.values() == o.values())
print(k, o.values(), o.items(), len(k), list(o.items()), k & [2, 3], k == {1: 0, 2: 0}.keys())
o[3] = 'z'
print(k, O().keys(), sorted(o.values()), dict(o.items()), o.keys() == O([(2, 0), (1, 0), (3, 0)]).keys())

# A defaultdict or Counter holding itself prints {...} for the inner one, as dict does.
looped_groups = defaultdict(list)
looped_groups["self"] = looped_groups
print(looped_groups)
tally = Counter(a=1)
tally["me"] = 5
print(tally)
