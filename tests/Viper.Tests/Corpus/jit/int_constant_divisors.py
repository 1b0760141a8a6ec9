# x // c and x % c with a constant divisor, x * c with a constant factor, and sums of small
# non-negative results: the lowering's cheaper forms, checked against every edge Python defines.

def mods(values):
    out = []
    for x in values:
        out.append((x % 7, x % -7, x % 8, x % -8, x % 1, x % 2, x % 1000000007))
    return out


def floordivs(values):
    out = []
    for x in values:
        out.append((x // 7, x // -7, x // 8, x // -8, x // 1, x // 2, x // 1000000007))
    return out


def by_minus_one(values):
    out = []
    for x in values:
        out.append((x % -1, x // -1))
    return out


def extreme_divisors(values):
    out = []
    for x in values:
        out.append((x % 9223372036854775807, x // 9223372036854775807, x % -9223372036854775807, x // 4611686018427387904))
    return out


def products(values):
    out = []
    for x in values:
        out.append((x * 3, x * -3, x * 2, x * -2, x * 1000003))
    return out


def by_zero(x):
    try:
        print(x % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def sum_of_mods(start, n):
    total = start
    for i in range(n):
        total += i * 3 % 7
    return total


def sum_of_negative_mods(start, n):
    total = start
    for i in range(n):
        total += i % -5
    return total


def subtract_mods(start, n):
    total = start
    for i in range(n):
        total -= i % 7
    return total


def masked_sum(start, n):
    total = start
    for i in range(n):
        total += (i * 5) & 255
    return total


def scaled(values):
    total = 0
    for v in values:
        total += v % 10 * 3
    return total


small = [0, 1, 6, 7, 8, 13, -1, -6, -7, -8, -13, 123456789, -123456789]
edges = [9223372036854775807, -9223372036854775807 - 1, 9223372036854775806, -9223372036854775807, 4611686018427387904, -4611686018427387904]
big = [2**64, -(2**64), 10**30 + 7, -(10**30) - 7]
for _ in range(3):
    print(mods(small))
    print(floordivs(small))
    print(mods(edges))
    print(floordivs(edges))
    print(mods(big))
    print(floordivs(big))
    print(by_minus_one(small + edges + big))
    print(extreme_divisors(small + edges))
    print(products(small))
    print(products([3074457345618258602, 3074457345618258603, -3074457345618258602, -3074457345618258603]))
    print(products([4611686018427387903, 4611686018427387904, -4611686018427387904, -4611686018427387905]))
    print(products(big))
    print(mods([True, False]), floordivs([True, False]), products([True, False]))
    print(mods([7.5, -7.5, 0.0, -0.0, 1e300, float("inf")]))
    print(floordivs([7.5, -7.5, 0.0, 1e300]))
    print(products([1.5, -2.25, float("nan")]))
    by_zero(5)
    by_zero(-(2**70))
    by_zero(1.5)
    print(sum_of_mods(0, 10000))
    print(sum_of_mods(9223372036854775807 - 20, 100))
    print(sum_of_mods(-9223372036854775807 - 1, 100))
    print(sum_of_mods(2**80, 50))
    print(sum_of_negative_mods(0, 1000))
    print(sum_of_negative_mods(-9223372036854775807 - 1 + 30, 100))
    print(subtract_mods(0, 1000))
    print(subtract_mods(-9223372036854775807 - 1 + 20, 100))
    print(masked_sum(9223372036854775807 - 2000, 100))
    print(scaled([5, -5, 15, -15, 2**65, -(2**65), 9223372036854775807]))
