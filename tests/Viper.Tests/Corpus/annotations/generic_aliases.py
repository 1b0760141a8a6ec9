# list[int] and its kind (types.GenericAlias): reprs, attributes, calls, equality, and where they are refused.
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[str], frozenset[bytes])
print(list[3], list["x"], list[None], type[int], enumerate[str])


class Node:
    pass


def helper():
    pass


print(list[Node], dict[str, Node], list[helper], list[print], list[list])
alias = dict[str, int]
print(alias.__origin__, alias.__args__, alias.__parameters__, list[int].__args__)
print(type(alias), type(alias).__name__, alias.__class__)
print(list[int]([3, 1]), dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int]())
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print({list[int]: "a", dict[str, int]: "b"}[list[int]])
print(list[int].append, list[int].__name__, dict[str, int].fromkeys("ab"))
print(str(list[int]), f"{list[int]!r:>12}", [list[int]])
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple.__class_getitem__(()))


class Stack(list):
    pass


print(Stack[int], Stack[int]([1, 2]), type(Stack[int]()))
print(Stack[int]().__orig_class__)


class Box(list[int]):
    pass


print(Box.__bases__, Box.__orig_bases__, Box.__mro__, Box([4]))
print(isinstance(Box(), list), isinstance(list[int], type))

for bad in ("isinstance([], list[int])", "issubclass(list, list[int])", "list[int][str]", "int[3]",
            "list.__class_getitem__()", "list.__class_getitem__(1, 2)", "list[int] + 1", "list[int].nope",
            "len(list[int])"):
    try:
        print(eval(bad))
    except (TypeError, AttributeError) as error:
        print(f"{bad}: {type(error).__name__}: {error}")


class Custom:
    def __class_getitem__(cls, item):
        return f"Custom of {item!r}"


print(Custom[int], Custom[1, 2])


class Mixin:
    def hello(self):
        return "hello"


class Stand:
    def __mro_entries__(self, bases):
        print("bases seen:", len(bases))
        return (Mixin,)


class FromStand(Stand(), int):
    pass


print(FromStand.__bases__, len(FromStand.__orig_bases__), FromStand(4).hello(), FromStand(4) + 1)


class BadStand:
    def __mro_entries__(self, bases):
        return [Mixin]


try:
    class FromBad(BadStand()):
        pass
except TypeError as error:
    print("TypeError:", error)

# types.GenericAlias called directly, as classes use it for __class_getitem__.
import types

print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)), types.GenericAlias(tuple, ()))
print(types.GenericAlias(list, int) == list[int])
for bad_args, bad_kwargs in (((list,), {}), ((list, int, str), {}), ((list, int), {"x": 1})):
    try:
        types.GenericAlias(*bad_args, **bad_kwargs)
    except TypeError as e:
        print("TypeError:", e)


class Box:
    __class_getitem__ = classmethod(types.GenericAlias)


print(Box[int], Box[int, str].__args__, Box[int]().__class__.__name__)
