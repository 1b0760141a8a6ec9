"""range() of small ints (one to three, the 64-bit edges included) against big ints, bools and
bad arguments; equal ranges hash alike; ranges made in a hot loop and in a generator."""


def show(*bounds):
    try:
        r = range(*bounds)
        print(bounds, r, len(r), r[0] if r else None, r[-1] if r else None, list(r[:3]), r[1:] == r[1:])
    except (ValueError, TypeError, OverflowError) as error:
        print(bounds, type(error).__name__, error)


LOW = -2**63
HIGH = 2**63 - 1
for bounds in [(5,), (0,), (-3,), (2, 9, 3), (9, -3, -4), (5, 1), (1, 5, -1), (3, 3, 7),
               (LOW, HIGH), (HIGH, LOW, -1), (LOW, HIGH, 2**62), (0, HIGH, 2**62), (LOW, LOW + 3),
               (HIGH, HIGH - 3, -1), (5, LOW, -HIGH), (-HIGH, HIGH, HIGH), (0, HIGH), (-1, HIGH),
               (1, LOW, -1), (LOW, HIGH, -1), (0, HIGH, 3), (HIGH - 1, HIGH, 5), (LOW, 0, LOW + 1),
               (LOW, HIGH, HIGH), (HIGH, LOW, LOW), (HIGH,), (LOW,), (0, 10, 2**63), (2**64, 2**64 + 2),
               (True, 4), (0, 6, True), (False,), (0, 5, 0), (0, 5, False), (1.5,), ("a",), (1, 2, 3, 4), ()]:
    show(*bounds)

print(list(range(HIGH - 2, HIGH)), list(range(LOW + 2, LOW, -1)), sum(range(LOW, LOW + 4)))
print(HIGH - 1 in range(HIGH), range(HIGH).index(HIGH - 1), range(0, HIGH, 7).count(7))
print(range(3, 20, 4) == range(3, 23, 4), range(0) == range(5, 5), range(2, 3) == range(2, 4, 5))
print(hash(range(0)) == hash(range(5, 5, -2)), hash(range(2, 3)) == hash(range(2, 4, 5)),
      hash(range(3, 20, 4)) == hash(range(3, 23, 4)), hash(range(1, 9, 2)) == hash(range(1, 9, 3)))
print(len({range(0), range(7, 7), range(4, 2), range(1, 2), range(1, 3, 9)}))
print(list(reversed(range(1, 10, 3))), list(reversed(range(LOW, LOW + 2))))

try:
    range(stop=3)
except TypeError as error:
    print(error)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(0, len(items), 1):
        rest = [item for j, item in enumerate(items) if j != i]
        for tail in permutations(rest):
            yield (items[i],) + tail


total = 0
for n in range(2000):
    r = range(n % 7, n % 13 - 3, (n % 5) - 2 or 1)
    total += len(r) + sum(r)
print(total)
print(sum(1 for _ in permutations(list(range(6)))), list(permutations([1, 2, 3]))[-2:])


def one_argument_ranges():
    made = []
    for stop in [0, 1, 5, -3, HIGH, LOW, 2**63, 1.0, "x", True, None]:
        try:
            r = range(stop)
            made.append((r, len(r), list(r[-2:])))
        except (TypeError, OverflowError) as error:
            made.append((type(error).__name__, str(error)))
    return made


for _ in range(3):
    print(one_argument_ranges())
