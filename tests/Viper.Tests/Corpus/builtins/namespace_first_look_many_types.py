# Builtin types' namespaces looked at one after another, each type's first look installing only
# its own methods: values, methods through the class, special methods, errors for missing names.
print(str.join("-", ["a", "b"]), "x".upper(), str.__len__("abc"), "é".encode())
print(list.append, [].append is not None, list.__init__ is not None)
print(tuple.count((1, 1, 2), 1), (1, 2).index(2), tuple.__len__((1,)))
print(set.add, {1}.union([2]), frozenset([3]).union([4]), frozenset.isdisjoint(frozenset(), []))
print(range(10).count(3), range(5).index(4), slice(1, 10, 2).indices(5))
print({}.keys().isdisjoint([1]), {1: 2}.items().isdisjoint([(1, 2)]))
print(b"ab".hex(), bytearray(b"x").decode(), bytes.fromhex("41"), bytearray(b"ab").upper())
print(float.__neg__(2.5), (2.5).is_integer(), float.hex(1.0), int.from_bytes(b"\x01\x00", "little"))


def gen():
    received = yield 1
    print("received", received)
    yield 2


g = gen()
print(next(g), g.send("hi"), hasattr(g, "throw"), hasattr(g, "close"))
print(type.mro(bool), object.__init_subclass__ is not None, property().getter is not None)
e = ValueError("x")
print(e.with_traceback(None) is e, BaseException.__init__ is not None, KeyError.__init__ is not None)
import sys
print(hasattr(sys.stdout, "write"), hasattr(sys.stdout, "nope"))
for value, name in [("s", "nope"), ([], "nope"), ((), "nope"), ({}, "nope"), (set(), "nope"), (1.5, "nope"), (b"", "nope"), (range(1), "nope")]:
    try:
        getattr(value, name)
    except AttributeError as error:
        print(error)
for cls in [str, list, dict, set, frozenset, bytes, bytearray, range, slice, property, BaseException]:
    print(cls.__name__, "__repr__" in dir(cls), "__init_subclass__" in dir(cls), "nope" in dir(cls))
