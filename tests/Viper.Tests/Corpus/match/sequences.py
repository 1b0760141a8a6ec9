# Sequence patterns: list and tuple syntax, stars, nesting, and what counts as a sequence.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last) if middle:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case [*all_items]:
            return f"star only {all_items!r}"


for value in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(3), range(0), range(1, 2),
              [[1, 2]], "", "ab", b"ab", {1: 2}, {1, 2}, 5]:
    print(repr(value), "->", shape(value))


def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return f"matrix {a} {b} {c} {d}"
        case [(a, b), *_]:
            return f"first pair {a} {b}"
        case [1, [2, [3, x]]]:
            return f"deep {x}"
        case [_, _, *_]:
            return "two or more"
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"


for value in [[[1, 2], [3, 4]], [(5, 6), 7, 8], [1, [2, [3, 4]]], [1, [2, [3]]], [9, 9], [9], (), "xy", 5]:
    print(repr(value), "->", nested(value))

# A star in the middle, at either end, and the wildcard star.
for value in [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5]]:
    match value:
        case [*head, 4, 5]:
            print(value, "ends with 4, 5 after", head)
        case [1, *tail]:
            print(value, "starts with 1, then", tail)

for value in [[1, 2], [1, 2, 3], [0, 0, 0, 0, 9]]:
    match value:
        case [a, *_, b]:
            print(value, "ends", a, b)


# Subclasses of list and tuple are sequences; their items come by index or by unpacking.
class MyList(list):
    pass


class Pair(tuple):
    pass


match MyList([1, 2, 3]):
    case [a, b, c]:
        print("MyList", a, b, c)

match Pair((4, 5)):
    case (a, b):
        print("Pair", a, b)

# Patterns bind nothing when they fail partway.
z = "unbound"
match [1, 2, 3]:
    case [z, 2, 4]:
        print("no")
    case _:
        print("z is still", z)

# A tuple of patterns without brackets.
match 1, "a":
    case 1, "b":
        print("no")
    case 1, x:
        print("open tuple", x)

match (1, 2, 3):
    case 1, *rest:
        print("open tuple star", rest)

match [1, 2]:
    case *everything,:
        print("star in open tuple", everything)

# Strings are not sequences to a pattern, even of one character.
for value in ["a", "abc", ["a"]]:
    match value:
        case [c]:
            print(repr(value), "is a one-item sequence of", repr(c))
        case str():
            print(repr(value), "is a str")
