# The cost of one pass of a loop whose target unpacks a pair, in ns per item (best of many passes
# over 10,000 items): enumerate, zip of two lists, dict items, and a list of ready-made tuples for
# scale. Run as `viper --tier T unpacked_loops.py` and `python3 unpacked_loops.py`.
import time

N = 10000
xs = [i * 0.5 for i in range(N)]
ys = list(range(N))
table = {i: i * 0.5 for i in range(N)}
tuples = list(zip(ys, xs))


def over_enumerate(items):
    t = 0
    for i, x in enumerate(items):
        t += i
    return t


def over_zip(a, b):
    t = 0
    for i, x in zip(a, b):
        t += i
    return t


def over_items(d):
    t = 0
    for k, v in d.items():
        t += k
    return t


def over_tuples(pairs):
    t = 0
    for i, x in pairs:
        t += i
    return t


for name, run in [("enumerate", lambda: over_enumerate(xs)),
                  ("zip", lambda: over_zip(ys, xs)),
                  ("dict_items", lambda: over_items(table)),
                  ("tuple_list", lambda: over_tuples(tuples))]:
    best = None
    for _ in range(200):
        t = time.perf_counter()
        run()
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    print(f"{name:12} {best / N * 1e9:6.1f} ns")
