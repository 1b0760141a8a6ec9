"""A pipeline of generator stages over LIMIT numbers, each stage pulling lazily from the previous one."""

LIMIT = 3000000
MEAN_LIMIT = 10000
DIGITS_LIMIT = 100000


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


def running_total(source):
    total = 0
    for value in source:
        total += value
        yield total


def batched(source, size):
    batch = []
    for value in source:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def take(source, count):
    for i, value in enumerate(source):
        if i >= count:
            return
        yield value


def averager():
    """A coroutine-style generator: send values in, get the running mean back."""
    total = 0.0
    count = 0
    mean = None
    while True:
        value = yield mean
        if value is None:
            return count, mean
        total += value
        count += 1
        mean = total / count


def chain(sources):
    for source in sources:
        yield from source


def main():
    limit = LIMIT
    print("sum of even squares:", sum(squares(evens(numbers(limit)))))
    totals = running_total(squares(evens(numbers(limit))))
    last = None
    for last in totals:
        pass
    print("last running total:", last)
    sizes = [len(batch) for batch in batched(numbers(limit), 7)]
    print("batches:", len(sizes), "last size:", sizes[-1])
    print("first totals:", list(take(running_total(numbers(limit)), 8)))
    mean = averager()
    next(mean)
    for value in squares(numbers(MEAN_LIMIT)):
        current = mean.send(value)
    print("mean of squares below %d: %.3f" % (MEAN_LIMIT, current))
    try:
        mean.send(None)
    except StopIteration as stop:
        print("averager returned:", stop.value)
    digits = (int(c) for n in numbers(DIGITS_LIMIT) for c in str(n))
    print("digit sum:", sum(digits))
    words = ("w%d" % n for n in numbers(limit) if n % 9973 == 0)
    print(" ".join(words))
    print("chained:", list(chain([numbers(3), "ab", take(numbers(limit), 2)])))
    print("max of mapped:", max(x % 1009 for x in numbers(limit)))
    pairs = zip(numbers(limit), squares(numbers(limit)))
    print("pairs with square ending in 21:", sum(1 for n, sq in pairs if sq % 100 == 21))


main()
