# copy.copy and copy.deepcopy: builtins, instances, slots, __copy__/__deepcopy__/__getstate__/__setstate__, cycles.
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append("changed")
nested[2]["k"].append("changed")
print(shallow, deep, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1])
flat = (1, "a", None)
print(copy.copy(flat) is flat, copy.deepcopy(flat) is flat, copy.deepcopy((1, [2]))[1] is not None)
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.copy(len) is len, copy.deepcopy(int) is int)
print(copy.copy({1, 2}), copy.deepcopy({"a": {1, 2}}), copy.copy(bytearray(b"xy")), copy.deepcopy(frozenset([1])))
print(copy.copy(range(3)), copy.deepcopy([range(2)]), copy.copy(3.5), copy.deepcopy(b"raw"))

shared = [0]
pair = [shared, shared]
copied_pair = copy.deepcopy(pair)
print(copied_pair[0] is copied_pair[1], copied_pair[0] is shared)
cycle = [1]
cycle.append(cycle)
copied_cycle = copy.deepcopy(cycle)
print(copied_cycle[1] is copied_cycle, copied_cycle is not cycle, copied_cycle)
looped = {"self": None}
looped["self"] = looped
print(copy.deepcopy(looped)["self"]["self"] is not looped)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("t")
print(q, r, q.tags is p.tags, r.tags is p.tags, type(r).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s = copy.deepcopy(Slotted())
print(s.a, hasattr(s, "b"), copy.copy(Slotted()).a)


class Hooked:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("copy hook")
        return Hooked(self.value + 1)

    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return Hooked(self.value + 100)


print(copy.copy(Hooked(1)).value, copy.deepcopy(Hooked(1)).value, copy.deepcopy([Hooked(2)])[0].value)


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = None


restored = copy.deepcopy(Stateful())
print(restored.data, restored.cache)


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Tree("root")
root.add(Tree("a")).add(Tree("b"))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0].children[0].parent is clone.children[0], clone is not root)


class Registry(dict):
    pass


class Bag(list):
    pass


registry = Registry(a=[1])
registry.label = "r"
bag = Bag([[1], [2]])
bag.size = 2
print(copy.copy(registry), copy.copy(registry).label, type(copy.deepcopy(registry)).__name__, copy.deepcopy(registry)["a"] is registry["a"])
print(copy.deepcopy(bag), copy.deepcopy(bag).size, copy.copy(bag)[0] is bag[0], copy.deepcopy(bag)[0] is bag[0])
memo = {}
first = copy.deepcopy([shared], memo)
second = copy.deepcopy([shared], memo)
print(first[0] is second[0], id(shared) in memo)


def generator():
    yield 1


try:
    copy.copy(generator())
except TypeError as error:
    print("TypeError", error)

from collections import deque, namedtuple, defaultdict, Counter, OrderedDict

Pair = namedtuple("Pair", "left right")
pair_value = Pair([1], 2)
window = deque([[1], [2]], maxlen=3)
groups = defaultdict(list, a=[1])
print(copy.deepcopy(pair_value), copy.deepcopy(pair_value).left is pair_value.left, copy.copy(pair_value).left is pair_value.left)
print(copy.deepcopy(window), copy.deepcopy(window)[0] is window[0], copy.copy(window)[0] is window[0])
deep_groups = copy.deepcopy(groups)
deep_groups["b"].append(2)
print(deep_groups, groups, copy.deepcopy(Counter("aab")), copy.copy(OrderedDict(x=1)))
