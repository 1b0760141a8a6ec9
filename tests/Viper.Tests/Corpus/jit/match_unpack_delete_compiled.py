# match statements, starred unpacking, set displays of constants and del obj.attr in hot
# functions, which the CIL tier compiles: same results and the same errors as the VM.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class NoArgs:
    pass

def describe(subject):
    match subject:
        case []:
            return "empty list"
        case [Point(x=0, y=0)]:
            return "origin alone"
        case [first, *rest] if len(rest) > 2:
            return f"long sequence from {first!r}, {len(rest)} more"
        case (a, b):
            return f"pair {a!r} {b!r}"
        case {"kind": "circle", "r": r, **others}:
            return f"circle r={r} others={sorted(others)}"
        case {"kind": kind}:
            return f"mapping of kind {kind}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x):
            return f"point x={x}"
        case str() | bytes():
            return "text"
        case int(n) if n in {1, 2, 3, 5, 8, 13}:
            return f"small fibonacci {n}"
        case int(n):
            return f"int {n}"
        case _:
            return "other"

subjects = [[], [Point(0, 0)], [1, 2, 3, 4], (1, 2), [3, 4], {"kind": "circle", "r": 2, "c": 1, "a": 0},
            {"kind": "square"}, Point(0, 7), Point(3, 3), Point(4, 5), "abc", b"x", 8, 9, 2.5, range(2)]
for _ in range(3):
    print([describe(s) for s in subjects])

def bad_match_args(subject):
    match subject:
        case NoArgs(1):
            return "matched"
    return "no"

for _ in range(2):
    try:
        bad_match_args(NoArgs())
    except TypeError as error:
        print("TypeError:", error)

def split(items):
    first, *middle, last = items
    head, *tail = items
    *init, end = items
    return first, middle, last, head, tail, init, end

for _ in range(3):
    print(split([1, 2, 3, 4, 5]), split("ab"), split(range(3)))

def short(items):
    a, b, *rest = items
    return a, b, rest

def from_iterator(items):
    first, *rest = iter(items)
    return first, rest

for _ in range(3):
    print(from_iterator((7, 8, 9)), from_iterator({"k": 1}))

for value in ([1], 5, None, (1, 2)):
    try:
        print(short(value))
    except (TypeError, ValueError) as error:
        print(type(error).__name__ + ":", error)

def vowels(word):
    # A fresh set each call: mutating one must not change the next.
    seen = {"a", "e", "i", "o", "u"}
    found = [c for c in word if c in seen]
    seen.add(word)
    return found, len(seen)

for _ in range(3):
    print(vowels("compiled"), vowels("xyz"))

class Bag:
    pass

def drop(bag, names):
    removed = []
    for name in names:
        if name == "a":
            del bag.a
        elif name == "b":
            del bag.b
        removed.append(name)
    return removed

for _ in range(3):
    bag = Bag()
    bag.a = 1
    bag.b = 2
    print(drop(bag, ["a", "b"]), vars(bag))
    try:
        drop(bag, ["a"])
    except AttributeError as error:
        print("AttributeError:", error)
