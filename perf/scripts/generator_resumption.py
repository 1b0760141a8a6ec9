# What resuming generators costs: items pulled through chains of generators by a for loop, a
# consuming builtin, `yield from` and a recursive generator, and generators made and drained per
# call. Each case is timed as the best of many calls of a function, in nanoseconds per item.
# Run as `viper --tier T generator_resumption.py [rounds] [case...]` and `python3 generator_resumption.py`.
import sys
import time


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for value in source:
        if value % 2 == 0:
            yield value


def squares(source):
    for value in source:
        yield value * value


def batched(source, size):
    batch = []
    for value in source:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def delegate(depth, limit):
    if depth == 0:
        yield from numbers(limit)
    else:
        yield from delegate(depth - 1, limit)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


N = 200000


def for_loop_chain():
    total = 0
    for value in squares(evens(numbers(N))):
        total += value
    return N


def sum_chain():
    sum(squares(evens(numbers(N))))
    return N


def for_loop_batches():
    count = 0
    for batch in batched(numbers(N), 7):
        count += 1
    return N


def yield_from_chain():
    total = 0
    for value in delegate(4, N // 4):
        total += value
    return N // 4


def recursive_permutations():
    count = 0
    for board in permutations(list(range(7))):
        count += 1
    return count


def small_generators():
    total = 0
    for i in range(N // 10):
        for value in numbers(3):
            total += value
    return N // 10


def genexpr_per_call():
    pair = (1, 2)
    total = 0
    for i in range(N // 10):
        total += sum(1 for x in pair if x != i)
    return N // 10


def frozenset_of_genexpr():
    domain = frozenset([0, 1, 2, 3, 7])
    low = 1
    high = 3
    for i in range(N // 10):
        allowed = frozenset(v for v in domain if v == 7 or low <= v <= high)
    return N // 10


cases = [
    ("for_loop_chain", for_loop_chain),
    ("sum_chain", sum_chain),
    ("for_loop_batches", for_loop_batches),
    ("yield_from_chain", yield_from_chain),
    ("recursive_permutations", recursive_permutations),
    ("small_generators", small_generators),
    ("genexpr_per_call", genexpr_per_call),
    ("frozenset_of_genexpr", frozenset_of_genexpr),
]

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
only = sys.argv[2:]
for name, function in cases:
    if only and name not in only:
        continue
    best = None
    for _ in range(rounds):
        t = time.perf_counter()
        items = function()
        elapsed = (time.perf_counter() - t) / items
        if best is None or elapsed < best:
            best = elapsed
    print(f"{name:24} {best * 1e9:9.1f} ns")
