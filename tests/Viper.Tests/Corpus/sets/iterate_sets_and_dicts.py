# for loops, comprehensions and consuming builtins over exact sets, frozensets and dicts (the
# iterator's fast path) and over dict subclasses with and without their own __iter__.


class Upper(dict):
    def __iter__(self):
        return iter([k.upper() for k in dict.__iter__(self)])


class PlainDict(dict):
    pass


def total(iterable):
    result = 0
    for item in iterable:
        result += item if isinstance(item, int) else len(item)
    return result


for _ in range(3):
    s = {3, 1, 2}
    fs = frozenset([5, 6])
    d = {"a": 1, "bb": 2}
    print(total(s), total(fs), total(d), sorted(x * 10 for x in s), frozenset(v for v in fs if v > 5))
    print(list(Upper(a=1, b=2)), list(PlainDict(x=1, y=2)), total(Upper(abc=1)), total(PlainDict(xy=1)))
    print(sum(k for k in {1: "x", 2: "y"}), max({4, 9, 2}), min(frozenset({-1, 3})), sorted({"b": 0, "a": 1}))

grow = {1: 1}
try:
    for key in grow:
        grow[key + 1] = 0
except RuntimeError as error:
    print("RuntimeError:", error)

shrink = {1, 2, 3}
try:
    for item in shrink:
        shrink.discard(item)
except RuntimeError as error:
    print("RuntimeError:", error)
