# enumerate over an exact list steps the list itself: items appended, removed or replaced during the
# loop are seen as the list's iterator sees them, an exhausted enumerate stays exhausted when the list
# grows again, and list subclasses (with and without their own __iter__) and other iterables keep
# their own iterators.


class Backwards(list):
    def __iter__(self):
        return iter(list(reversed(self)))


class Plain(list):
    pass


def collect(xs, start=0):
    out = []
    for i, x in enumerate(xs, start):
        out.append((i, x))
    return out


def growing(xs):
    out = []
    for i, x in enumerate(xs):
        if i < 3:
            xs.append(x * 10)
        out.append((i, x))
    return out


def shrinking(xs):
    out = []
    for i, x in enumerate(xs):
        if xs:
            xs.pop(0)
        out.append((i, x))
    return out


def replacing(xs):
    out = []
    for i, x in enumerate(xs):
        if i + 1 < len(xs):
            xs[i + 1] = -xs[i + 1]
        out.append(x)
    return out


def clearing(xs):
    out = []
    for i, x in enumerate(xs):
        out.append(x)
        xs.clear()
    return out


def first_above(xs, limit):
    for index, edge in enumerate(xs):
        if limit < edge:
            return index
    return -1


def exhausted_stays_exhausted():
    xs = [1, 2]
    e = enumerate(xs)
    print(next(e), next(e), next(e, "done"))
    xs.append(3)
    print(next(e, "still done"), list(e))
    ys = [1]
    f = enumerate(ys)
    ys.append(2)
    print(list(f), list(f))


for round_number in range(3):
    print(collect([1.5, "a", None]), collect([], 5), collect([7], -2), collect([8, 9], 2**63 - 1), collect([8], True))
    print(growing([1, 2]), shrinking([1, 2, 3, 4, 5]), replacing([1, 2, 3, 4]), clearing([1, 2, 3]))
    print(collect(Backwards([1, 2, 3])), collect(Plain([4, 5])), collect((6, 7)), collect("ab"), collect(range(2)),
          collect({"k": 1}), collect(x * x for x in range(3)))
    print([first_above([0.25, 0.5, 0.75, 1.0], r / 8) for r in range(9)])
    exhausted_stays_exhausted()
    print(list(enumerate([3, 4], 10)), type(enumerate([1])).__name__, [pair for pair in enumerate([5, 6])])
    try:
        collect(5)
    except TypeError as error:
        print("TypeError", error)
