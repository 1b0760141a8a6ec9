# The cost of calling builtin types' methods with the receiver alone or one argument, in ns per
# call (best of many passes over 10,000 items, the loop's own cost taken off): set.add, dict.get,
# list.pop, dict.items and, for scale, list.append. Run as `viper --tier T builtin_method_calls.py`
# and `python3 builtin_method_calls.py`.
from per_item_timing import best_of

N = 10000
keys = list(range(N))
table = {i: i for i in range(0, N, 2)}


def empty(items):
    for k in items:
        pass


def set_add(items):
    s = set()
    for k in items:
        s.add(k)


def dict_get(items):
    d = table
    for k in items:
        d.get(k)


def list_pop(items):
    stack = list(items)
    for k in items:
        stack.pop()


def dict_items(items):
    d = table
    for k in items:
        d.items()


def list_append(items):
    out = []
    for k in items:
        out.append(k)


loop = best_of(empty, keys, 200)
for name, run in [("set_add", set_add), ("dict_get", dict_get), ("list_pop", list_pop),
                  ("dict_items", dict_items), ("list_append", list_append)]:
    print(f"{name:12} {best_of(run, keys, 200) - loop:6.1f} ns")
