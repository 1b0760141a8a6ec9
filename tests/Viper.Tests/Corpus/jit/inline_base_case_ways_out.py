# A caller calling a long entry with ints does the callee's base case itself (the callee's first
# instruction compares a parameter with an int constant and, when it does not jump, returns a
# parameter or an int constant) instead of making the call, while the callee's frame would fit
# under the recursion limit. Every way out: each comparison, negated or not; constants that are
# not small ints; the returned parameter being -2**63; a base case returning a constant or another
# parameter; non-recursive callees; arguments that are not ints; the callee rebound before and
# during the recursion; the exact deepest recursion at several limits; 50000 levels; exceptions
# raised after leaves were done in place, with their tracebacks.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_le(n):
    if n <= 1:
        return n
    return fib_le(n - 1) + fib_le(n - 2)


def fib_not(n):
    if not n >= 2:
        return n
    return fib_not(n - 1) + fib_not(n - 2)


def count_eq(n):
    if n == 0:
        return 1
    return count_eq(n - 1) + 1


def count_ne(n):
    if n != 0:
        return count_ne_step(n)
    return 0


def count_ne_step(n):
    return count_ne(n - 1) + 2


def down_gt(n):
    if n > -1:
        return down_gt(n - 1) + 1
    return 0


def down_ge(n):
    if n >= 0:
        return down_ge(n - 1) + 1
    return 0


for k in range(60):
    fib(k % 10)
    fib_le(k % 10)
    fib_not(k % 10)
    count_eq(k % 7)
    count_ne(k % 7)
    down_gt(k % 7)
    down_ge(k % 7)
print([fib(k) for k in range(15)], fib(22))
print([fib_le(k) for k in range(12)], [fib_not(k) for k in range(12)])
print([count_eq(k) for k in range(6)], [count_ne(k) for k in range(6)])
print([down_gt(k) for k in range(6)], [down_ge(k) for k in range(6)])
print(fib(-5), fib(-2**63), fib(-2**63 + 1), fib(2**63 - 1 - 2**63 + 3), fib(True), fib(False))
print(fib(10.0), fib(2.5))
try:
    fib("x")
except TypeError as error:
    print(type(error).__name__, error)


def ne_leaf(n):
    if n != 0:
        return n
    return ne_leaf(n + 1) * 3


def gt_leaf(n):
    if n > 5:
        return 5
    return gt_leaf(n + 1) + 1


def ge_leaf(n):
    if n >= 5:
        return n
    return ge_leaf(n + 2) - 1


for k in range(40):
    ne_leaf(k % 3 - 1)
    gt_leaf(k % 8)
    ge_leaf(k % 8)
print([ne_leaf(k) for k in range(-2, 3)], [gt_leaf(k) for k in range(8)], [ge_leaf(k) for k in range(8)])


def clamp(n):
    if n > 10:
        return 10
    return n


def floor_at(n):
    if n < -(2**62):
        return -(2**62)
    return n


def wide(n):
    if n < 2**70:
        return n
    return 0


def float_bound(n):
    if n < 2.5:
        return n
    return -1


def clamp_total(count):
    total = 0
    for i in range(count):
        total += clamp(i) + floor_at(i - 3) + wide(i) + float_bound(i)
    return total


def clamp_list(count):
    return [clamp(i - 2) for i in range(count)]


def clamp_boxed(count):
    kept = []
    for i in range(count):
        x = clamp(i * 3)
        kept.append(x)
        x = "s"
        kept.append(x)
    return kept


for k in range(40):
    clamp_total(k % 15)
    clamp_list(k % 15)
    clamp_boxed(k % 6)
print(clamp_total(20), clamp_total(3), clamp_list(14), clamp_boxed(6))
print(floor_at(-(2**62) - 1), floor_at(-(2**63)), wide(2**70), float_bound(2), float_bound(3))


def leaf_of(n):
    if n < 0:
        return n
    return 0


def add_after_leaf(n):
    return leaf_of(n - 1) + 1


def sub_after_leaf(n):
    return leaf_of(n - 1) - 1


for k in range(40):
    add_after_leaf(k - 20)
    sub_after_leaf(k - 20)
print(add_after_leaf(-2**63 + 1), sub_after_leaf(-2**63 + 1), sub_after_leaf(-2**63 + 2), add_after_leaf(5))


def pick(a, b):
    if b <= 0:
        return a
    return pick(a + 1, b - 1) + 0


def pick_first(a, b):
    if a < 3:
        return b
    return pick_first(a - 1, b * 2)


for k in range(40):
    pick(k, k % 5)
    pick_first(k % 6, k)
print([pick(k, 3) for k in range(5)], pick(2**63 - 2, 1), pick(2**63 - 1, 1), [pick_first(k, 1) for k in range(8)])
print(pick_first(70, 1), pick(1.5, 2), pick(1, True))


def rebound(n):
    if n < 1:
        return 7
    return rebound(n - 1) + 1


for k in range(40):
    rebound(k % 6)
print(rebound(5))
first_rebound = rebound


def rebound(n):
    return 1000 + n


print(first_rebound(5), rebound(5))
rebound = first_rebound
print(rebound(5))


def switching(n):
    if n < 1:
        return 0
    if n == 2:
        swap()
    return switching(n - 1) + 1


def swap():
    global switching
    switching = replacement


def replacement(n):
    return 500 + n


original_switching = switching
for k in range(2):
    print(switching(1), switching(2))
switching = original_switching
print(switching(6), switching(6))


def depth(n):
    if n < 1:
        return 0
    return depth(n - 1) + 1


def deepest(limit):
    for d in range(limit + 5):
        try:
            depth(d)
        except RecursionError as error:
            return d - 1, str(error)
    return None


for k in range(60):
    depth(k % 20)
print(deepest(sys.getrecursionlimit()))
old_limit = sys.getrecursionlimit()
for limit in [60, 61, 100, 40]:
    sys.setrecursionlimit(limit)
    print(limit, deepest(limit))
sys.setrecursionlimit(100000)
print(depth(50000), fib(20))
sys.setrecursionlimit(old_limit)
print(deepest(old_limit))


def boom(n):
    if n < 1:
        return 0
    return boom(n - 1) + 100 // (n - 3)


for k in range(30):
    boom(k % 3)
print(boom(2))
try:
    boom(5)
except ZeroDivisionError as error:
    print(type(error).__name__, error)


boom(6)
