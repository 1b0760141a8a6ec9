# Hot generator expressions consumed by builtins and loops, so their bodies tier up while they run.
def squares_total(n):
    return sum(i * i for i in range(n))


def any_negative(values):
    return any(v < 0 for v in values)


def all_small(values):
    return all(v < 100 for v in values)


def sorted_desc(values):
    return sorted((v * 2 for v in values), reverse=True)


def as_list(values):
    return list(str(v) for v in values if v % 2)


def loop_over(values):
    total = 0.0
    for x in (v / 2 for v in values):
        total += x
    return total


def joined(words):
    return "-".join(w.upper() for w in words)


def nested(n):
    return sum(sum(j for j in range(i)) for i in range(n))


totals = 0
for round_ in range(300):
    totals += squares_total(round_)
print(totals)
print(any_negative([1, 2, -3]), any_negative([1, 2, 3]), any_negative([]))
print(all_small([1, 2, 3]), all_small([1, 200]), all_small([]))
print(sorted_desc([3, 1, 2]))
print(as_list(range(10)))
print(loop_over(range(11)))
print(joined(["a", "bc", "def"]))
print(nested(50))
# a generator expression's first iterable is evaluated at once; the rest lazily
gen = (x for x in [1, 2, 3])
print(next(gen), list(gen), list(gen))
pairs = list((a, b) for a in range(3) for b in "xy")
print(pairs)
