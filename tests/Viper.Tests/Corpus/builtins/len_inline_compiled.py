# len(x) in hot compiled code is inlined for the builtin containers; everything else (subclasses,
# classes with __len__, objects without a length, len rebound or shadowed, other callables at the
# same call site) goes through the generic call.
import builtins


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class LongList(list):
    def __len__(self):
        return 1000


class PlainList(list):
    pass


class PlainDict(dict):
    pass


class ShortStr(str):
    def __len__(self):
        return -1 if self == "negative" else 1


class PlainTuple(tuple):
    pass


def lengths(items):
    out = []
    for x in items:
        out.append(len(x))
    return out


def total(items, rounds):
    t = 0
    for _ in range(rounds):
        for x in items:
            t += len(x)
    return t


containers = [
    [], [1, 2, 3], "", "héllo", "😀ab", (), (1, 2), {}, {1: 2, 3: 4}, set(), {1, 2}, frozenset([1, 2, 3]),
    b"abc", bytearray(b"ab"), range(10), range(0, 10, 3), {1: 2}.keys(), {1: 2}.values(), {1: 2, 3: 4}.items(),
    Sized(7), LongList([1]), PlainList([1, 2]), PlainDict(a=1), ShortStr("xyz"), PlainTuple((1, 2, 3)),
]
for round_ in range(3):
    print(lengths(containers))
    print(total(containers, 50))

# The lists and dicts change size between calls.
grow = []
sizes = []
for i in range(40):
    grow.append(i)
    sizes.append(len(grow))
    if i % 3 == 0:
        grow.pop()
print(sizes[:10], sizes[-3:], len(grow))

for label, value in [("int", 5), ("None", None), ("generator", (x for x in [1])), ("negative", Sized(-1)),
                     ("str negative", ShortStr("negative")), ("float len", Sized(1.5))]:
    for _ in range(3):
        attempt(label, lambda: len(value))

# A call site that sees len and other callables.
def apply_all(functions, value):
    return [f(value) for f in functions]


for _ in range(30):
    result = apply_all([len, sorted, list, str, len, lambda v: len(v) * 2], [3, 1, 2])
print(result)


# len rebound in the module, then in builtins, then restored; and shadowed by a local.
def measure(x):
    return len(x)


for _ in range(50):
    measure([1, 2])
print("before", measure([1, 2]))
len = lambda x: "module len"
print("module", measure([1, 2]))
del len
print("restored", measure([1, 2]))
original = builtins.len
builtins.len = lambda x: "builtins len"
print("builtins", measure([1, 2]))
builtins.len = original
print("builtins restored", measure([1, 2]))


def shadowed(x):
    len = sum
    return len(x)


for _ in range(50):
    shadowed([1, 2])
print("shadowed", shadowed([1, 2, 3]))

attempt("no arguments", lambda: len())
attempt("two arguments", lambda: len([1], [2]))
attempt("keyword", lambda: len(obj=[1]))
