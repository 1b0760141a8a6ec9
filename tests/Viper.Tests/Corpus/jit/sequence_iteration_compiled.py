# for-loops over lists and tuples in compiled code (their iterators are stepped inline) and every
# other iterable reaching the same loop: subclasses with and without __iter__, iterators passed
# in, lists changed during the loop, exhausted iterators, and the loop variable after the loop.


def total(items):
    result = 0
    last = None
    for item in items:
        result += item
        last = item
    return result, last


def last_item(items):
    item = "unset"
    for item in items:
        pass
    return item


class CountingList(list):
    def __iter__(self):
        print("CountingList.__iter__")
        return iter([item * 10 for item in list.__iter__(self)])


class PlainList(list):
    pass


class PlainTuple(tuple):
    pass


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


def numbers():
    yield 1
    yield 2
    yield 3


for _ in range(200):
    total([1, 2, 3])
    total((4, 5, 6))
    last_item([7, 8])

print(total([1, 2, 3]), total((4, 5, 6)), total([]), total(()))
print(total(range(5)), total({1: "a", 2: "b"}), total({7}), total(numbers()), total(Countdown(4)))
print(total(CountingList([1, 2])), total(PlainList([3, 4])), total(PlainTuple((5, 6))))
print(total(iter([10, 20])), total(iter((30, 40))), total(reversed([1, 2, 4])))
print(total([1.5, 2.5]), total([2 ** 70, 1]), total([True, True]))
print(last_item([1, 2, 3]), last_item(()), last_item("abc"), last_item((None,)))

try:
    total(5)
except TypeError as error:
    print("TypeError:", error)
try:
    total([1, "a"])
except TypeError as error:
    print("TypeError:", error)


def grow_while_iterating(items):
    seen = []
    for item in items:
        seen.append(item)
        if item < 5:
            items.append(item + 3)
    return seen


def shrink_while_iterating(items):
    seen = []
    for item in items:
        seen.append(item)
        if items:
            items.pop(0)
    return seen


def pop_back_while_iterating(items):
    seen = []
    for item in items:
        seen.append(item)
        items.pop()
    return seen


for _ in range(100):
    grow_while_iterating([1, 2])
    shrink_while_iterating(list(range(6)))
    pop_back_while_iterating(list(range(6)))
print(grow_while_iterating([1, 2]))
print(shrink_while_iterating(list(range(10))))
print(pop_back_while_iterating(list(range(10))))


def drain(iterator):
    first = []
    for item in iterator:
        first.append(item)
        if len(first) == 2:
            break
    rest = []
    for item in iterator:
        rest.append(item)
    again = []
    for item in iterator:
        again.append(item)
    return first, rest, again


for _ in range(100):
    drain(iter([1, 2, 3, 4]))
print(drain(iter([1, 2, 3, 4, 5])))
print(drain(iter((1, 2, 3))))
print(drain(iter("xyz")))
source = [1, 2, 3]
iterator = iter(source)
print(drain(iterator))
source.append(4)
print(list(iterator), "(an exhausted list iterator stays exhausted)")


def nested(rows):
    out = []
    for row in rows:
        for cell in row:
            out.append(cell)
    return out


for _ in range(100):
    nested([(1, 2), [3], ()])
print(nested([(1, 2), [3], (), "ab", range(2), {9: 0}]))


def unpacked(pairs):
    out = []
    for a, b in pairs:
        out.append(a - b)
    return out


for _ in range(100):
    unpacked([(3, 1), [5, 2]])
print(unpacked([(3, 1), [5, 2], (9, 9)]))
try:
    unpacked([(1, 2, 3)])
except ValueError as error:
    print("ValueError:", error)
