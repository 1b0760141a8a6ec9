# Mapping patterns: keys, nested values, **rest, and dict subclasses.
def describe(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(key), **mods} if mods:
            return f"key {key} with {mods}"
        case {"type": "key", "key": key}:
            return f"key {key}"
        case {"type": t, **rest}:
            return f"other event {t} {rest}"
        case {1: one, 2.5: two, None: nothing, False: falsity}:
            return f"odd keys {one} {two} {nothing} {falsity}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": 1},
    {"type": "click", "pos": "ab"},
    {"type": "key", "key": "a", "shift": True},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -1, "dx": 0},
    {1.0: "a", 2.5: "b", None: "c", 0: "d"},
    {1: "a", 2.5: "b", None: "c"},
    {},
    {"x": 1},
    [("type", "click")],
    "type",
]
for event in events:
    print(event, "->", describe(event))

# **rest is a new dict without the matched keys, in the subject's order.
subject = {"c": 3, "a": 1, "b": 2}
match subject:
    case {"a": _, **rest}:
        print(rest, rest is subject)

match subject:
    case {**everything}:
        print(everything, everything == subject, everything is subject)

# Extra keys do not stop a match; missing keys do.
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("extra keys are fine")

match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case _:
        print("missing key fails")


# Keys are looked up with get(), so __missing__ is never called.
class Defaulting(dict):
    def __missing__(self, key):
        print("__missing__ called for", key)
        return 0


match Defaulting(a=1):
    case {"b": b}:
        print("no", b)
    case {"a": a}:
        print("found a =", a)


class Logging(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


match Logging(x=1, y=2):
    case {"x": 1, "y": y}:
        print("y =", y)


# Keys from attribute lookups.
class K:
    NAME = "name"


match {"name": "viper"}:
    case {K.NAME: value}:
        print("by attribute", value)

# Lists, tuples and strings are not mappings.
for value in [[1], (1,), "s", {"k": "v"}]:
    match value:
        case {}:
            print(repr(value), "mapping")
        case _:
            print(repr(value), "not mapping")
