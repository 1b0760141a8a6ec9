# 500 rounds of reading globals and a builtin: per-instruction caches, not dict lookups.
SCALE = 3
OFFSET = 7


def bench():
    total = 0
    for i in range(500):
        total += SCALE * i + OFFSET + len("abc")
    return total
