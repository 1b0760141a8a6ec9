# for-loops over range(...) stepped as counters in compiled code, and the ways out of them.
def total(start, stop, step):
    t = 0
    for i in range(start, stop, step):
        t += i
    return t


def last_item(n):
    i = -1
    for i in range(n):
        pass
    return i


def nested(n):
    count = 0
    for i in range(n):
        for j in range(i):
            count += i ^ j
    return count


def early_exit(n):
    found = None
    for i in range(n):
        if i * i > 50:
            found = i
            break
        if i % 2:
            continue
    return found


def rebinds_loop_variable(n):
    seen = []
    for i in range(n):
        seen.append(i)
        i = i * 100
    return seen, i


def any_iterable(items):
    t = 0
    for v in items:
        t += v
    return t


for k in range(40):
    total(0, 10, 1)
    last_item(3)
    nested(4)
    early_exit(10)
    rebinds_loop_variable(2)
    any_iterable(range(3))
print(total(0, 10, 1), total(10, 0, -3), total(5, 5, 1), total(-20, 20, 7))
print(total(2 ** 62, 2 ** 62 + 5, 2), total(2 ** 63 - 3, 2 ** 63 + 3, 1), total(-(2 ** 63), -(2 ** 63) + 3, 1))
print(last_item(0), last_item(1), last_item(1000))
print(nested(30))
print(early_exit(100), early_exit(3))
print(rebinds_loop_variable(4))
print(any_iterable([1, 2, 3]), any_iterable((4.5, 1)), any_iterable(range(10, 0, -2)), any_iterable({7: 1, 8: 2}))
print(any_iterable(iter(range(4))))
r = range(1, 20, 4)
print(any_iterable(r), any_iterable(r[1:]), any_iterable(reversed(r)))


def overflow_in_loop(n):
    # The product leaves 64 bits part-way through the loop: the rest of the loop carries on
    # from the same item on big ints.
    x = 1
    items = 0
    for i in range(n):
        x = x * 1000 + i
        items += 1
    return x % 1000003, items, i


for k in range(40):
    overflow_in_loop(3)
print(overflow_in_loop(3), overflow_in_loop(10), overflow_in_loop(40))


def overflow_counting_down(n):
    x = 1
    seen = 0
    for i in range(n, -n, -3):
        x = x * 100000 + i
        seen += 1
    return x % 999983, seen, i


for k in range(40):
    overflow_counting_down(3)
print(overflow_counting_down(3), overflow_counting_down(40), overflow_counting_down(100))
print(total(-(2 ** 63), 2 ** 63 - 1, 2 ** 62), total(2 ** 63 - 1, -(2 ** 63), -(2 ** 62)))
print(total(-(2 ** 63), 2 ** 63 - 1, 2 ** 61), total(0, 2 ** 63 - 1, 2 ** 62 + 1))
