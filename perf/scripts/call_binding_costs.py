# The cost of calling a Python function whose arguments need binding, in ns per call (best of 100
# passes over 10,000 items, the cost of the empty loop taken off): exact positional arguments for
# scale, defaults taken, a keyword argument, a keyword-only argument, *args, a method and a class
# whose __init__ take defaults, and a lambda. Run as `viper --tier T call_binding_costs.py` and
# `python3 call_binding_costs.py`.
from per_item_timing import best_of

N = 10000
keys = list(range(N))


def two(a, b):
    return a


def with_defaults(a, b=2, c=3):
    return a


def star(*args):
    return args


def keyword_only(a, *, key=None):
    return a


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def method(self, a, b=1):
        return a


point = Point(1)


def empty(items):
    for k in items:
        pass


def exact(items):
    for k in items:
        two(k, k)


def defaults(items):
    for k in items:
        with_defaults(k)


def keywords(items):
    for k in items:
        with_defaults(k, c=k)


def kwonly(items):
    for k in items:
        keyword_only(k, key=k)


def varargs(items):
    for k in items:
        star(k, k)


def method_default(items):
    for k in items:
        point.method(k)


def new_default(items):
    for k in items:
        Point(k)


def lambda_call(items):
    identity = lambda x: x  # noqa: E731 - a lambda is what is measured
    for k in items:
        identity(k)


base = best_of(empty, keys, 100)
for test in (exact, defaults, keywords, kwonly, varargs, method_default, new_default, lambda_call):
    print(f"{test.__name__:15} {best_of(test, keys, 100) - base:6.1f} ns")
