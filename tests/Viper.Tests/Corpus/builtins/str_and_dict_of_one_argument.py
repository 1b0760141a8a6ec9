# str(x) and dict(x) with one positional argument, as compiled code calls them (the types'
# one-argument bodies) and as the VM does: every kind of argument, the subclass and protocol cases,
# and the errors, from a hot function so every tier runs them.


class Text(str):
    pass


class Shouting(str):
    def __str__(self):
        return "LOUD"


class Named:
    def __str__(self):
        return "named"


class NotText:
    def __str__(self):
        return 42


class Failing:
    def __str__(self):
        raise ValueError("no text")


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Table(dict):
    pass


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, key):
        return key.upper()


def pairs():
    yield "x", 1
    yield ("y", 2)


def as_str(value):
    return str(value)


def as_dict(value):
    return dict(value)


def show(label, value):
    print(label, type(value).__name__, repr(value))


for _ in range(3):
    for value in [0, -17, 2 ** 80, 1.5, float("inf"), True, None, "plain", Text("sub"), Shouting("quiet"),
                  Named(), OnlyRepr(), b"bytes", (1, "a"), [None], {1: 2}, {3}, range(2), int]:
        show("str", as_str(value))
    for bad in [NotText(), Failing()]:
        try:
            as_str(bad)
        except (TypeError, ValueError) as error:
            print("str error", type(error).__name__, error)

    source = {"k": 1, 2: [3]}
    copy = as_dict(source)
    copy["k"] = "changed"
    show("dict copy", copy)
    show("source", source)
    show("pairs list", as_dict([("a", 1), ["b", 2], "cd"]))
    show("generator", as_dict(pairs()))
    show("zip", as_dict(zip("abc", range(3))))
    show("subclass", as_dict(Table(t=1)))
    show("mapping", as_dict(Mapping()))
    show("items", as_dict({"i": 9}.items()))
    show("empty", as_dict([]))
    for bad in [5, None, [1], [("a", 1, 2)], ["abc"], [("k",)]]:
        try:
            as_dict(bad)
        except (TypeError, ValueError) as error:
            print("dict error", type(error).__name__, error)

print(str(), dict(), dict(a=1), dict({"b": 2}, c=3))
for args in [(b"\xc3\xa9", "utf-8"), (1, 2, 3, 4)]:
    try:
        print(str(*args))
    except TypeError as error:
        print("error", error)
try:
    dict({}, {})
except TypeError as error:
    print("error", error)
