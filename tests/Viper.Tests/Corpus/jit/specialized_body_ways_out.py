# Loop-free int-specialized bodies and every way out of their specialized version: at the entry
# (arguments that are not small ints), in the middle before and after calls (overflows, a zero
# divisor; a call already made must not run again), with floats and closures live across the
# deoptimization, exceptions raised after it, and the exact recursion depth when every level
# deoptimizes (and 50000 levels under a raised limit).
import sys

log = []


def note(x):
    log.append(x)
    return x


def scaled(a, b):
    first = note(a)
    return first + b * b * b


for k in range(60):
    scaled(k, 3)
del log[:]
print(scaled(1, 2**30), scaled(2, 3), scaled(3, -2**30), scaled(4.5, 2))
print(log)


def step(n):
    return n + 1


def bump(n):
    return step(n + 1) * 2


for k in range(60):
    bump(k)
print(bump(2**63 - 1), bump(2**63 - 2), bump(-2**63), bump(2**64), bump(1.5), bump(True))


def mix(n, x):
    y = x * 2.5
    z = note(y)
    return z + y + n * n


for k in range(60):
    mix(k, 1.0)
print(mix(3, 2.0), mix(2**40, 0.5), mix(2**40, 3), mix(-2**33, -1.25))


def outer(k):
    def inner(n):
        if n < 2:
            return n + k
        if n > 1000:
            return n * n - k
        return inner(n - 1) + inner(n - 2) + n * n
    return inner


small = outer(1)
for k in range(60):
    small(5)
print(small(10), small(10.0), outer(2**62)(6), small(-5))
huge = outer(0)
print(huge(3), huge(2**40), huge(-2**63), huge(True))


def level3(n, d):
    t = n * n
    return t // d


def level2(n, d):
    return level3(n, d) + 1


def level1(n, d):
    return level2(n, d) + 1


for k in range(60):
    level1(k, 7)
print(level1(2**40, 7), level1(10, 3))
for args in [(2**40, 0), (10, 0), (2**40, "a"), ("a", 2)]:
    try:
        level1(*args)
    except (ZeroDivisionError, TypeError) as error:
        lines = []
        tb = error.__traceback__
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(error).__name__, error, lines)

reached = 0


def down(n, big):
    global reached
    reached = n
    t = big * big
    return down(n + 1, big) + t


for k in range(60):
    try:
        down(0, 2)
    except RecursionError:
        pass
for big in [2, 2**40, 2.0, 2**70]:
    try:
        down(0, big)
    except RecursionError as error:
        print("default limit", big, reached, error)
sys.setrecursionlimit(60)
for big in [2, 2**40, 2.0]:
    try:
        down(0, big)
    except RecursionError:
        print("limit 60", big, reached)
sys.setrecursionlimit(1000)


def count(n, big):
    if n == 0:
        return 0
    t = big * big
    return count(n - 1, big) + 1


for k in range(60):
    count(5, 2)
sys.setrecursionlimit(100000)
print(count(50000, 2), count(50000, 2**40), count(50000, 2.5))
sys.setrecursionlimit(1000)
print(level1(2**40, 0))
