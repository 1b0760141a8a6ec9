# The cost of one attribute load, attribute store and method call at a site that meets instances of
# 1, 2, 4 and 6 classes (subclasses of one base; the site is in a loop over six objects), in ns per
# operation, best of five passes. Run as `viper --tier T polymorphic_site_costs.py` and
# `python3 polymorphic_site_costs.py`.
import time


class Base:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

    def get(self):
        return self.a


classes = [type("C%d" % i, (Base,), {}) for i in range(6)]


def load(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.b
    return t


def call(objs, n):
    for i in range(n):
        for o in objs:
            o.get()


def store(objs, n):
    for i in range(n):
        for o in objs:
            o.c = i


for k in (1, 2, 4, 6):
    objs = [classes[j % k]() for j in range(6)]
    for name, f in (("load", load), ("call", call), ("store", store)):
        best = None
        for _ in range(5):
            t0 = time.perf_counter()
            f(objs, 30000)
            e = time.perf_counter() - t0
            best = e if best is None else min(best, e)
        print(f"{k} classes {name:6} {best / 180000 * 1e9:6.1f} ns")
