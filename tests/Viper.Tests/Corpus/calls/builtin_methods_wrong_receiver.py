# Builtin methods called through their class: the receiver is checked as CPython's method
# descriptors check it, before the method runs; subclass instances and bools (an int) pass.
class MyList(list):
    pass


class MyStr(str):
    pass


class MyDict(dict):
    pass


cases = [
    (list.append, (3, 1)),
    (list.append, ()),
    (list.extend, ("ab", [1])),
    (list.index, ((1, 2), 1)),
    (list.sort, (None,)),
    (dict.get, (5, 1)),
    (dict.keys, ([],)),
    (dict.setdefault, ("k", 1)),
    (set.add, (frozenset(), 1)),
    (set.union, ([1], [2])),
    (frozenset.union, ({1}, [2])),
    (tuple.count, ([1, 1], 1)),
    (str.upper, (b"x",)),
    (str.join, ([], ["a"])),
    (bytes.hex, ("ab",)),
    (bytearray.append, (b"x", 1)),
    (int.bit_length, (2.5,)),
    (float.is_integer, (1,)),
    (range.index, ([0, 1], 1)),
    (str.split, ()),
    (set.add, ()),
    (set.clear, ()),
    (dict.get, ()),
    (dict.keys, ()),
    (list.pop, ()),
    (frozenset.copy, ()),
    (set.discard, (frozenset([1]), 1)),
    (dict.items, (MyList(),)),
    (list.pop, ({},)),
]
for method, args in cases:
    try:
        print(method.__name__, "->", method(*args))
    except TypeError as error:
        print(method.__name__, "TypeError:", error)

items = MyList([3, 1, 2])
list.append(items, 4)
list.sort(items)
print(items, type(items).__name__)
print(str.upper(MyStr("abc")), type(str.upper(MyStr("abc"))).__name__)
print(dict.get(MyDict(a=1), "a"), sorted(dict.keys(MyDict(b=2, a=1))))
print(int.bit_length(True), int.bit_length(255), float.is_integer(2.0))
print(set.union({1}, [2]), frozenset.union(frozenset({1}), [2]), tuple.count((1, 1, 2), 1))
print(str.join(",", ["a", "b"]), bytes.hex(b"\x01\xff"), range.index(range(5), 3))

for i in range(300):
    try:
        list.append(i, i)
    except TypeError:
        pass
print("done")
list.pop(7)
