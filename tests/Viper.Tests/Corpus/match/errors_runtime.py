# The TypeErrors and ValueErrors a match raises while running.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Point:
    __match_args__ = ("x",)

    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class BadArgs:
    __match_args__ = ("x", 1)
    x = 0


class ListArgs:
    __match_args__ = ["x"]


class NoArgs:
    pass


def too_many():
    match Point(1):
        case Point(a, b):
            return a, b


def not_strings():
    match BadArgs():
        case BadArgs(a, b):
            return a, b


def not_tuple():
    match ListArgs():
        case ListArgs(a):
            return a


def no_match_args():
    match NoArgs():
        case NoArgs(a):
            return a


def builtin_too_many():
    match 5:
        case int(a, b):
            return a, b


def bool_too_many():
    match True:
        case bool(a, b, c):
            return a


def repeated_attribute():
    match Point(1):
        case Point(a, x=2):
            return a


def not_a_type():
    match 3:
        case len():
            return "?"


def not_a_type_later():
    match 3:
        case str():
            return "str"
        case print(x):
            return x


def duplicate_runtime_keys():
    class K:
        A = 1
        B = 1.0

    match {1: "x", 2: "y"}:
        case {K.A: a, K.B: b}:
            return a, b


def unhashable_key():
    class K:
        L = []

    match {1: 2}:
        case {K.L: v}:
            return v


def guard_raises():
    match [1, 2]:
        case [1, _] if 1 / 0:
            return "no"


def value_missing():
    match 3:
        case Point.nothing:
            return "no"


def type_is_not_instance():
    match Point(1):
        case NoArgs():
            return "no"
        case object():
            return "object matches everything"


class Noisy:
    __match_args__ = ("boom",)

    @property
    def boom(self):
        raise ValueError("boom")


def property_raises():
    match Noisy():
        case Noisy(b):
            return b


for f in [too_many, not_strings, not_tuple, no_match_args, builtin_too_many, bool_too_many, repeated_attribute,
          not_a_type, not_a_type_later, duplicate_runtime_keys, unhashable_key, guard_raises, value_missing,
          type_is_not_instance, property_raises]:
    attempt(f.__name__, f)
