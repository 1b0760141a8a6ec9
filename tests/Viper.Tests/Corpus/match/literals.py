# Literal, singleton, capture, wildcard and value patterns.
class Color:
    RED = "red"
    GREEN = "green"


class Config:
    class Limits:
        MAX = 10


def literal(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 12345678901234567890123:
            return "big"
        case "":
            return "empty str"
        case "abc" "def":
            return "concatenated"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Config.Limits.MAX:
            return "max"
        case _:
            return "other"


for value in [None, True, False, 0, 1, -1, 1.0, 0.0, 1.5, -2.5, 12345678901234567890123, "", "abcdef",
              b"raw", "raw", "red", "green", 10, 10.0, 3, [], ()]:
    print(repr(value), "->", literal(value))

# True, False and None compare by identity; numbers by ==.
for value in [1, 0, 1.0, True]:
    match value:
        case True:
            print(repr(value), "is True")
        case 1:
            print(repr(value), "== 1")
        case _:
            print(repr(value), "no match")

# A capture binds the subject; the wildcard binds nothing.
match [1, 2]:
    case whole:
        print("captured", whole)

_ = "untouched"
match 42:
    case _:
        print("wildcard", _)


# A value pattern calls __eq__ (the subject's first).
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)!r})")
        return NotImplemented

    __hash__ = None


class Holder:
    thing = Loud("holder")


match Loud("subject"):
    case Holder.thing:
        print("equal")
    case _:
        print("not equal")


class Always:
    def __eq__(self, other):
        return True


match 5:
    case Holder.thing:
        print("5 matched holder")
    case _:
        print("5 did not")

Holder.thing = Always()
match 5:
    case Holder.thing:
        print("5 matched Always() by its reflected __eq__")

# The subject is evaluated once.
def subject():
    print("evaluating subject")
    return 3


match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 3:
        print("three")

# No case matching is not an error.
match 99:
    case 1:
        print("unreachable")
print("done")
