# Unpacking inside functions, where targets are local slots: lists, tuples, strings, ranges,
# dicts, the source among the targets, targets in any order, and loops.
def from_list():
    p = [1.5, "two", None]
    x, y, z = p
    print(x, y, z, p)


def source_is_a_target():
    p = [10, 20]
    p, q = p
    print(p, q)
    a = (1, 2, 3)
    b, a, c = a
    print(a, b, c)


def reversed_order():
    a = 0
    b = 0
    b, a = [1, 2]
    print(a, b)


def other_iterables():
    a, b, c = "xyz"
    print(a, b, c)
    d, e = range(7, 9)
    print(d, e)
    k1, k2 = {"first": 1, "second": 2}
    print(k1, k2)
    big, small = [2 ** 70, -1]
    print(big, small)


def in_loops():
    total = 0
    for left, right in [(1, 2), (3, 4), [5, 6]]:
        total += left * right
    print(total)
    pairs = [[1, 2], [3, 4]]
    for pair in pairs:
        u, v = pair
        pair[0] = v
        print(u, v, pair)


def single_element():
    (only,) = [42]
    [also] = (7,)
    print(only, also)


from_list()
source_is_a_target()
reversed_order()
other_iterables()
in_loops()
single_element()
