# for loops whose targets unpack enumerate, zip and dict items: the compiled loop takes the items
# without their tuple; every other iterable, width and target shape must behave the same.
import sys


def pairs(iterable):
    out = []
    for a, b in iterable:
        out.append((a, b))
    return out


def last_pair(iterable):
    a = b = "unset"
    for a, b in iterable:
        pass
    return a, b


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen_pairs(n):
    for i in range(n):
        yield i, i * i


# One loop site fed every kind of iterable, in turn and again.
for source in [
    enumerate("abc"),
    enumerate([10, 20, 30], 5),
    enumerate([1, 2], -3),
    enumerate(Countdown(3)),
    zip([1, 2, 3], "xyz"),
    zip([1, 2, 3], [4]),
    zip((), [1]),
    {"k": 1, "j": 2}.items(),
    {}.items(),
    [(1, 2), (3, 4)],
    [[5, 6], [7, 8]],
    ["ab", "cd"],
    gen_pairs(3),
    {(1, 2): "x", (3, 4): "y"},
    {(1, 2): "x"}.keys(),
    {"a": (9, 8)}.values(),
    enumerate(zip("ab", "cd")),
    zip(enumerate("ab"), "cd"),
    iter({"p": 1}.items()),
]:
    print(pairs(source))

print(pairs(enumerate("xy")), pairs(zip("ab", "cd")), pairs({1: 2}.items()))

# The targets keep the last items; a loop that never runs leaves them alone.
print(last_pair(enumerate("hello")))
print(last_pair(zip([1, 2, 3], [4, 5])))
print(last_pair({"a": 1, "b": 2}.items()))
print(last_pair(enumerate([])))
print(last_pair(zip([], [1])))


def unbound_after_empty():
    for i, x in enumerate([]):
        pass
    try:
        return i, x
    except UnboundLocalError as error:
        return "UnboundLocalError: " + str(error)


print(unbound_after_empty())


# enumerate's count past 64 bits.
def count_loop(start, n):
    out = []
    for i, x in enumerate("z" * n, start):
        out.append(i)
    return out


print(count_loop(sys.maxsize - 1, 3))
print(count_loop(2 ** 64, 2))
print(count_loop(-(2 ** 63) - 1, 2))
print(count_loop(True, 2))


# Widths and shapes the fast path does not take, and the unpacking errors.
def unpack_errors():
    results = []
    for make in [
        lambda: enumerate("ab"),
        lambda: zip("ab", "cd", "ef"),
        lambda: zip("ab"),
        lambda: {"a": 1}.items(),
        lambda: [(1, 2, 3)],
        lambda: [1],
        lambda: zip("a", "b"),
    ]:
        try:
            for a, b in make():
                results.append((a, b))
        except (ValueError, TypeError) as error:
            results.append(type(error).__name__ + ": " + str(error))
    return results


for line in unpack_errors():
    print(line)


def three_targets():
    out = []
    for i, (a, b) in enumerate(zip("ab", "cd")):
        out.append((i, a, b))
    for (i, a), b in zip(enumerate("xy"), "zw"):
        out.append((i, a, b))
    for a, b, c in zip("abc", "def", "ghi"):
        out.append(a + b + c)
    try:
        for i, x, y in enumerate("ab"):
            out.append(i)
    except ValueError as error:
        out.append(str(error))
    try:
        for a, b, c in zip("ab", "cd"):
            out.append(a)
    except ValueError as error:
        out.append(str(error))
    return out


print(three_targets())


# The whole item kept: a named loop variable, not fused away.
def whole_items():
    out = []
    for pair in enumerate("ab"):
        i, x = pair
        out.append((pair, i, x))
    return out, pair


print(whole_items())


# zip consumes the first iterable's item before it finds the second exhausted, as CPython's does.
def zip_consumption():
    first = iter([1, 2, 3, 4])
    seen = []
    for a, b in zip(first, [10, 20]):
        seen.append(a + b)
    return seen, list(first)


print(zip_consumption())


def strict_zips():
    out = []
    for left, right in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4])]:
        try:
            for a, b in zip(left, right, strict=True):
                out.append(a * b)
        except ValueError as error:
            out.append(str(error))
    return out


print(strict_zips())


# dict items: values replaced during the loop are seen; a size change is an error.
def dict_loops():
    d = {"a": 1, "b": 2, "c": 3}
    out = []
    for k, v in d.items():
        d["c"] = v * 100
        out.append((k, v))
    try:
        for k, v in d.items():
            d[k + k] = v
    except RuntimeError as error:
        out.append(str(error))
    try:
        for k, v in d.items():
            del d[k]
    except RuntimeError as error:
        out.append(str(error))
    return out, d


print(dict_loops())


# The same iterator stepped by next() inside the loop body, break, continue and return.
def mixed_steps():
    out = []
    it = enumerate("abcdefg")
    for i, x in it:
        if i == 1:
            continue
        out.append((i, x))
        if i == 2:
            out.append(next(it))
        if x == "f":
            break
    out.append(list(it))
    for i, x in zip(range(10), "abc"):
        if i == 1:
            return out, i, x
    return out


print(mixed_steps())


# Nested loops, both unpacking.
def nested():
    total = 0
    out = []
    for i, row in enumerate([[1, 2], [3, 4], [5]]):
        for j, cell in enumerate(row, 1):
            total += i * 10 + j * cell
        for a, b in zip(row, row[1:]):
            out.append(a - b)
    return total, out


print(nested())


# A generator with an unpacking loop, resumed between items.
def labelled(items):
    for i, x in enumerate(items):
        yield "%d:%s" % (i, x)
    for k, v in {"x": 1}.items():
        yield k * v


print(list(labelled("abc")))
g = labelled([True, None])
print(next(g), next(g), list(g))


# The source runs Python code that calls the same function again (the items of the inner call must
# not leak into the outer one).
def items_calling_back(depth):
    for i in range(3):
        if depth > 0:
            walk(depth - 1)
        yield i * 10 + depth


walked = []


def walk(depth):
    for i, x in enumerate(items_calling_back(depth)):
        walked.append((depth, i, x))
    for a, b in zip(items_calling_back(depth), items_calling_back(depth)):
        walked.append((depth, a, b))


walk(2)
print(len(walked), walked[:6], walked[-4:])


# An exception from the source leaves the loop with the source's error.
def failing_source():
    yield 1
    raise KeyError("from the source")


def catches():
    out = []
    try:
        for i, x in enumerate(failing_source()):
            out.append((i, x))
    except KeyError as error:
        out.append(repr(error))
    try:
        for a, b in zip([1, 2], failing_source()):
            out.append((a, b))
    except KeyError as error:
        out.append(repr(error))
    return out


print(catches())


# A long loop, so a VM frame running it moves into compiled code at the loop header.
def long_loop(n):
    total = 0
    for i, x in enumerate(range(n)):
        total += i - x
    for a, b in zip(range(n), range(n, 0, -1)):
        total += a + b
    d = {i: i for i in range(n)}
    for k, v in d.items():
        total += k * v
    return total


print(long_loop(3000))

# enumerate, zip and dict.items rebound: the loop sees whatever the names hold.
enumerate = lambda xs: [(x, x) for x in xs]
print(pairs(enumerate("ab")))
del enumerate
print(pairs(enumerate("ab")))


# enumerate called with one argument from compiled code, and its errors.
def enumerate_calls():
    out = [list(enumerate("ab")), list(enumerate(x for x in [7])), list(enumerate({"k": 1}))]
    for bad in [5, None, 1.5]:
        try:
            enumerate(bad)
        except TypeError as error:
            out.append(str(error))
    try:
        enumerate()
    except TypeError as error:
        out.append(str(error))
    try:
        enumerate("a", "b")
    except TypeError as error:
        out.append(str(error))
    out.append(list(enumerate(iterable="xy", start=3)))
    return out


print(enumerate_calls())
