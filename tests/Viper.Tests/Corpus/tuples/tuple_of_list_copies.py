"""tuple(x) with one argument: a list's items copied once (the copy independent of the list), a
tuple returned as it is, subclasses and other iterables through iteration, from module code and
from a hot function."""


class Reversing(list):
    def __iter__(self):
        return iter([self[i] for i in range(len(self) - 1, -1, -1)])


class Pair(tuple):
    pass


def convert(values):
    made = []
    for value in values:
        try:
            made.append(tuple(value))
        except TypeError as error:
            made.append(str(error))
    return made


same = (1, 2)
values = [[], [1], [1, [2], "three"], list(range(20)), same, Pair((5, 6)), Reversing([1, 2, 3]), "abc",
          {"k": 1}, range(3), (x * x for x in range(4)), iter([7, 8]), 5, None]
print(convert(values))
print(tuple(same) is same, type(tuple(Pair((1,)))).__name__, tuple(Pair((1,))) == (1,))
source = [1, 2, 3]
copied = tuple(source)
source.append(4)
source[0] = 99
print(copied, source)
for _ in range(300):
    result = convert([[1, 2], (3,), "xy", []])
print(result)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for tail in permutations(items[:i] + items[i + 1:]):
            yield (items[i],) + tail


print(list(permutations([1, 2, 3])), len(list(permutations(list("abcde")))))
