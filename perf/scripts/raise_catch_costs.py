# Microseconds per raise+catch, 20,000 in a loop, best of five: a Python raise in the same frame,
# in a callee, at the bottom of a recursion, and the errors the runtime raises (attribute miss,
# exhausted iterator, division by zero, int() of a bad string, missing dict key).
import time


class Plain:
    pass


def thrower():
    raise ValueError("x")


def deep(d):
    if d == 0:
        raise KeyError(d)
    return deep(d - 1)


def same_frame():
    n = 0
    for i in range(20000):
        try:
            raise ValueError("x")
        except ValueError:
            n += 1
    return n


def from_callee():
    n = 0
    for i in range(20000):
        try:
            thrower()
        except ValueError:
            n += 1
    return n


def deep_recursion():
    n = 0
    for i in range(20000):
        try:
            deep(10)
        except KeyError:
            n += 1
    return n


def attribute_miss():
    a = Plain()
    n = 0
    for i in range(20000):
        try:
            a.missing
        except AttributeError:
            n += 1
    return n


def exhausted_next():
    n = 0
    it = iter([])
    for i in range(20000):
        try:
            next(it)
        except StopIteration:
            n += 1
    return n


def zero_division():
    n = 0
    for i in range(20000):
        try:
            1 / 0
        except ZeroDivisionError:
            n += 1
    return n


def int_parse():
    n = 0
    for i in range(20000):
        try:
            int("abc")
        except ValueError:
            n += 1
    return n


def missing_key():
    d = {}
    n = 0
    for i in range(20000):
        try:
            d[i]
        except KeyError:
            n += 1
    return n


for fn in (same_frame, from_callee, deep_recursion, attribute_miss, exhausted_next, zero_division, int_parse, missing_key):
    best = 1e9
    for r in range(5):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    print(fn.__name__, round(best / 20000 * 1e6, 3), "us")
