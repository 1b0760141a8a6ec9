# Several items nest: entered left to right, exited right to left.
class M:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress


with M("a") as a, M("b") as b, M("c") as c:
    print(a, b, c)

with M("a"), M("b"):
    print("no targets")

with (M("p") as p, M("q") as q):
    print("parenthesized", p, q)

with (
    M("x"),
    M("y") as y,
):
    print("multi-line", y)

# The inner manager suppresses: the outer sees a clean exit.
with M("outer"), M("inner", suppress=True):
    raise ValueError
print("after")

# The outer suppresses what the inner let through.
with M("outer", suppress=True), M("inner"):
    raise ValueError
print("after 2")

# A later item's __enter__ failing exits the earlier ones only.
class Bad:
    def __enter__(self):
        raise KeyError("bad enter")

    def __exit__(self, exc_type, exc, tb):
        print("never")


try:
    with M("first"), Bad(), M("never"):
        print("never")
except KeyError as e:
    print("caught", e)

# Not a context manager at all, as a later item.
try:
    with M("ok"), 42:
        pass
except TypeError as e:
    print(e)

# A later item's expression sees an earlier target.
with M("base") as base, M(base + "-derived") as derived:
    print(derived)

# Nested statements.
with M("1"):
    with M("2"):
        with M("3", suppress=True):
            1 / 0
        print("in 2")
    print("in 1")
