# The cost of one comparison in an `if`, in ns per item (best of 100 passes over 10,000 items, the
# cost of the same loop testing `if k:` taken off): membership in a set, a dict and a short list,
# an int against None, and a str against a str for equality and order. The str loops go over a
# list of strs, so their figures can come out below zero. Run as
# `viper --tier T comparison_costs.py` and `python3 comparison_costs.py`.
from per_item_timing import best_of

N = 10000
keys = list(range(N))
evens = set(range(0, N, 2))
thirds = dict.fromkeys(range(0, N, 3))
short = [1, 5, 9, 13]
names = ["ab%d" % (i % 7) for i in range(N)]


def truth(items):
    t = 0
    for k in items:
        if k:
            t += 1


def in_set(items):
    t = 0
    for k in items:
        if k in evens:
            t += 1


def not_in_set(items):
    t = 0
    for k in items:
        if k not in evens:
            t += 1


def in_dict(items):
    t = 0
    for k in items:
        if k in thirds:
            t += 1


def in_list(items):
    t = 0
    for k in items:
        if k in short:
            t += 1


def eq_none(items):
    t = 0
    for k in items:
        if k == None:  # noqa: E711 - the comparison is what is measured
            t += 1


def str_eq(items):
    t = 0
    for k in names:
        if k == "ab3":
            t += 1


def str_lt(items):
    t = 0
    for k in names:
        if k < "ab3":
            t += 1


base = best_of(truth, keys, 100)
for test in (in_set, not_in_set, in_dict, in_list, eq_none, str_eq, str_lt):
    print(f"{test.__name__:12} {best_of(test, keys, 100) - base:6.1f} ns")
