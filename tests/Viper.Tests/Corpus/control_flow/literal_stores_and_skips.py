# Storing literals into containers, returning literals, and skipping iterations with 'or' tests.
def mark(flags, i):
    if flags[i]:
        return False
    flags[i] = True
    return True


def count_free(a, b, n):
    free = 0
    for x in range(n):
        if a[x] or b[x]:
            continue
        free += 1
    else:
        free += 100
    return free


def first_set(flags):
    i = 0
    while i < len(flags):
        if not flags[i] and i < 3:
            i += 1
            continue
        return i
    return -1


flags = [False] * 5
print(mark(flags, 2), mark(flags, 2), flags)
d = {}
d["k"] = None
d[1] = 2.5
d[True] = "replaced"
print(d)
a = [True, False, False, True]
b = [False, False, True, False]
print(count_free(a, b, 4))
print(first_set([False, False, True]), first_set([False] * 3), first_set([False] * 5))
nested = [[0, 0], [0, 0]]
nested[1][0] = -1
print(nested)
