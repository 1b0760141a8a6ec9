# Collecting a range too long for any list fails at once, as CPython's length hint makes it:
# beyond a 64-bit length an OverflowError, beyond what memory can hold a MemoryError; list(),
# tuple(), sorted(), list.extend, [*r] and f(*r) alike. Ranges that fit are collected as usual.
cases = [
    lambda: list(range(10 ** 30)), lambda: list(range(2 ** 62)), lambda: list(range(-1, 10 ** 30)),
    lambda: list(range(0, 10 ** 30, 10 ** 20)), lambda: tuple(range(10 ** 30)), lambda: tuple(range(2 ** 40)),
    lambda: sorted(range(10 ** 30)), lambda: sorted(range(2 ** 40)), lambda: [].extend(range(10 ** 30)),
    lambda: [*range(10 ** 30)], lambda: [1, *range(2 ** 40)], lambda: print(*range(10 ** 30)),
    lambda: max(*range(10 ** 30)), lambda: list(range(2 ** 63, 2 ** 63 + 3)), lambda: tuple(range(5, -5, -3)),
    lambda: sorted(range(4, 0, -1)), lambda: [*range(3), *range(2)], lambda: len(range(10 ** 30)),
]
for case in cases:
    try:
        print(case())
    except (OverflowError, MemoryError) as error:
        print(type(error).__name__, error)
