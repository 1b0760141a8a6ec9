# Exceptions three calls deep in compiled code caught in compiled code, raise ... from in
# handlers, implicit chaining, with blocks that suppress and that do not, RecursionError caught.


def deep3(x):
    return [1, 2][x]


def deep2(x):
    return deep3(x) + 1


def deep1(x):
    return deep2(x) * 2


def catcher(x):
    try:
        return deep1(x)
    except IndexError as e:
        return "caught " + str(e)


def explicit_cause():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad") from z


def suppressed_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None


def implicit_context():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("oops")


class Manager:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, repr(value), tb is not None if kind else None)
        return self.suppress


def with_suppress():
    with Manager("s", True) as m:
        raise KeyError(m.name)
    return "after suppressed"


def with_clean():
    with Manager("c", False):
        x = 5
    return x


def with_return_in_body():
    for i in range(3):
        with Manager("r%d" % i, False):
            if i == 1:
                return i
    return None


def with_nested(fail):
    with Manager("outer", False), Manager("inner", fail == "inner"):
        if fail:
            raise IndexError(fail)
    return "nested done"


def recurse(n):
    return recurse(n + 1)


def catches_recursion():
    try:
        recurse(0)
    except RecursionError as e:
        return "RecursionError caught: " + str(e)


for x in (0, 1, 5):
    print(catcher(x))
for f in (explicit_cause, suppressed_context, implicit_context):
    try:
        f()
    except Exception as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
print(with_suppress())
print(with_clean())
print(with_return_in_body())
print(with_nested(None))
print(with_nested("inner"))
try:
    with_nested("outer")
except IndexError as e:
    print("escaped", repr(e))
print(catches_recursion())
print(catches_recursion())
