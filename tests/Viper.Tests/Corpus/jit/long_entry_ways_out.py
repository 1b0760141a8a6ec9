# Long entries: compiled functions whose specialized version keeps every parameter in a long get
# a second body taking and returning longs, which specialized callers call with int arguments and
# whose small int results stay unboxed. Every way out: results that are not small ints (None, a
# float, a str, a big int, the one int the long entry uses as its marker) from the long entry's
# specialized and generic versions; overflow in the callee and in the caller's add; arguments
# that are not small ints; a rebound global; exceptions three calls deep; the exact recursion
# depth; 50000 levels under a raised limit; loops and two-argument calls.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for k in range(40):
    fib(k % 12)
print([fib(k) for k in range(20)], fib(25))
print(fib(True), fib(False), fib(7.0), fib(-3), fib(-2**63), fib(-2**70), end=" ")
try:
    fib("x")
except TypeError as error:
    print(type(error).__name__, error)


def sometimes_none(n):
    if n == 7:
        return None
    if n <= 0:
        return 0
    return sometimes_none(n - 1) + 1


for k in range(40):
    sometimes_none(k % 6)
print(sometimes_none(5), sometimes_none(6))
for n in [7, 8, 10]:
    try:
        sometimes_none(n)
    except TypeError as error:
        print(n, type(error).__name__, error)


def sometimes_float(n):
    if n == 5:
        return 0.5
    if n <= 0:
        return 0
    return sometimes_float(n - 1) + n


def sometimes_str(n):
    if n == 3:
        return "s"
    if n <= 0:
        return 0
    return sometimes_str(n - 1) * 2


for k in range(40):
    sometimes_float(k % 5)
    sometimes_str(k % 3)
print(sometimes_float(4), sometimes_float(5), sometimes_float(9), sometimes_str(2), sometimes_str(3), sometimes_str(6))


def power3(n):
    if n == 0:
        return 1
    return power3(n - 1) * 3


def doubled(n):
    if n == 0:
        return 2**61
    return doubled(n - 1) + doubled(n - 1)


for k in range(40):
    power3(k % 10)
    doubled(k % 2)
print(power3(39), power3(40), power3(41), power3(60))
print(doubled(1), doubled(2), doubled(3), doubled(4))


def minimum(n):
    if n == 0:
        return -9223372036854775808
    return minimum(n - 1)


def computed_minimum(n):
    if n == 0:
        x = -9223372036854775807
        return x - 1
    return computed_minimum(n - 1) + 0


def below_minimum(n):
    if n == 0:
        return -9223372036854775807
    return below_minimum(n - 1) - 1


for k in range(40):
    minimum(k % 3)
    computed_minimum(k % 3)
    below_minimum(k % 2)
print(minimum(0), minimum(3), computed_minimum(0), computed_minimum(4), below_minimum(1), below_minimum(2), below_minimum(3))


def add(a, b):
    return a + b


def total_of(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total


def big_total(n, start):
    total = start
    for i in range(n):
        total = add(total, i)
    return total


for k in range(40):
    total_of(50)
    big_total(5, 1)
print(total_of(5000), big_total(10, 2**63 - 20), big_total(3, 2**70), big_total(4, 1.5), big_total(3, -2**63))


def triangle(n):
    t = 0
    for i in range(n + 1):
        t += i
    return t


def triangles(n):
    if n == 0:
        return 0
    return triangle(n) + triangles(n - 1)


for k in range(40):
    triangles(k % 8)
print(triangles(30), triangles(200))


def countdown(n):
    if n <= 0:
        return 0
    return countdown(n - 1) + 1


def replacement(n):
    return -n


for k in range(40):
    countdown(k % 5)
print(countdown(10))
saved = countdown
countdown = replacement
print(saved(10), countdown(10))
countdown = saved
print(countdown(10))


def rebinding(n):
    global rebinding
    if n == 3:
        rebinding = lambda m: 1000 + m
    if n <= 0:
        return 0
    return rebinding(n - 1) + 1


first_rebinding = rebinding
for k in range(40):
    first_rebinding(k % 3)
print(first_rebinding(6), rebinding(6), first_rebinding(2))


def level3(n, d):
    return n // d


def level2(n, d):
    return level3(n, d) + 1


def level1(n, d):
    return level2(n, d) + 1


for k in range(40):
    level1(k, 7)
print(level1(100, 7), level1(-100, 7), level1(2**62, 1))
for args in [(10, 0), (2**40, 0), (10, "a")]:
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


def down(n):
    global reached
    reached = n
    return down(n + 1) + 1


for k in range(40):
    try:
        down(0)
    except RecursionError:
        pass
try:
    down(0)
except RecursionError as error:
    print("default limit", reached, error)
sys.setrecursionlimit(60)
try:
    down(0)
except RecursionError:
    print("limit 60", reached)
sys.setrecursionlimit(1000)


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


def deep_float(n):
    if n == 0:
        return 0.5
    return deep_float(n - 1) + 1


for k in range(40):
    deep(k % 5)
    deep_float(k % 5)
sys.setrecursionlimit(100000)
print(deep(50000), deep_float(50000))
sys.setrecursionlimit(1000)


def wobble(n):
    if n == 0:
        return 0
    t = wobble(n - 1) + 2**62
    return (t + 2**62) - 2**63


def guarded(n, d):
    try:
        return level1(n, d) + wobble(n % 5)
    except ZeroDivisionError:
        return -1


for k in range(40):
    wobble(k % 4)
    guarded(k, 3)
print(wobble(0), wobble(1), wobble(5), guarded(30, 3), guarded(30, 0), guarded(2**40, 0))


def is_even(n):
    if n == 0:
        return 1
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return 0
    return is_even(n - 1)


for k in range(40):
    is_even(k)
print(is_even(100), is_odd(77), is_even(7))
print(level1(3, 0))
