# The cost of calling common builtins with positional arguments: each builtin called once per
# item of a 10,000-item list inside a function, best of many calls of that function, beside the
# same loop with no call. Run as `viper --tier T builtin_calls.py` and `python3 builtin_calls.py`.
import sys
import time


class Point:
    def __init__(self, x):
        self.x = x


N = 10000
ints = [i * 7 - 5000 for i in range(N)]
mixed = [i if i % 3 else str(i) for i in range(N)]
strings = ["ab" * (i % 5) for i in range(N)]
chars = [chr(97 + i % 26) for i in range(N)]
points = [Point(i) for i in range(N)]


def empty_loop(xs):
    t = 0
    for v in xs:
        t += 1
    return t


def call_isinstance(xs):
    t = 0
    for v in xs:
        if isinstance(v, int):
            t += 1
    return t


def call_isinstance_tuple(xs):
    t = 0
    for v in xs:
        if isinstance(v, (str, float)):
            t += 1
    return t


def call_abs(xs):
    t = 0
    for v in xs:
        t += abs(v)
    return t


def call_len(xs):
    t = 0
    for v in xs:
        t += len(v)
    return t


def call_min(xs):
    t = 0
    for v in xs:
        t += min(v, 100)
    return t


def call_max(xs):
    t = 0
    for v in xs:
        t += max(v, 100)
    return t


def call_ord(xs):
    t = 0
    for v in xs:
        t += ord(v)
    return t


def call_hasattr(xs):
    t = 0
    for v in xs:
        if hasattr(v, "x"):
            t += 1
    return t


def call_getattr(xs):
    t = 0
    for v in xs:
        t += getattr(v, "x")
    return t


cases = [
    ("empty_loop", empty_loop, ints),
    ("isinstance", call_isinstance, mixed),
    ("isinstance_tuple", call_isinstance_tuple, mixed),
    ("abs", call_abs, ints),
    ("len", call_len, strings),
    ("min", call_min, ints),
    ("max", call_max, ints),
    ("ord", call_ord, chars),
    ("hasattr", call_hasattr, points),
    ("getattr", call_getattr, points),
]

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
only = sys.argv[2:]
for name, function, data in cases:
    if only and name not in only:
        continue
    best = None
    for _ in range(rounds):
        t = time.perf_counter()
        function(data)
        elapsed = time.perf_counter() - t
        if best is None or elapsed < best:
            best = elapsed
    print(f"{name:18} {best * 1e6:9.1f} us")
