# What calling a builtin type on one argument costs from a function: list(), tuple(), str(),
# dict(), set() and frozenset() of small and larger containers and of ints, best of many calls of
# each loop, in nanoseconds per call. Run as `viper --tier T builtin_constructors.py [rounds] [case...]`
# and `python3 builtin_constructors.py`.
import sys
import time

N = 100000
short_list = [1, "two", 3.0, None, (5,)]
long_list = [frozenset([i]) for i in range(61)]
small_dict = {1: 2, "three": 4, 5.0: None}


def list_of_short_list():
    for _ in range(N):
        copy = list(short_list)
    return copy


def list_of_long_list():
    for _ in range(N):
        copy = list(long_list)
    return copy


def list_of_tuple():
    items = tuple(long_list)
    for _ in range(N):
        copy = list(items)
    return copy


def tuple_of_list():
    for _ in range(N):
        copy = tuple(short_list)
    return copy


def str_of_int():
    for i in range(N):
        text = str(i)
    return text


def dict_of_dict():
    for _ in range(N):
        copy = dict(small_dict)
    return copy


def frozenset_of_list():
    for i in range(N):
        made = frozenset([i & 7])
    return made


cases = [
    ("list_of_short_list", list_of_short_list),
    ("list_of_long_list", list_of_long_list),
    ("list_of_tuple", list_of_tuple),
    ("tuple_of_list", tuple_of_list),
    ("str_of_int", str_of_int),
    ("dict_of_dict", dict_of_dict),
    ("frozenset_of_list", frozenset_of_list),
]

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
only = sys.argv[2:]
for name, function in cases:
    if only and name not in only:
        continue
    best = None
    for _ in range(rounds):
        t = time.perf_counter()
        function()
        elapsed = (time.perf_counter() - t) / N
        if best is None or elapsed < best:
            best = elapsed
    print(f"{name:20} {best * 1e9:9.1f} ns")
