# list(x) of every kind of iterable: exact lists and tuples copied once (the copy independent of
# its source, empty ones growing afterwards), subclasses with and without their own __iter__,
# strs, dicts, sets, ranges, generators run in the VM and compiled, iterators part-way through,
# and the errors of non-iterables and bad arguments; from a hot function so every tier runs it.


class Items(list):
    pass


class Backwards(list):
    def __iter__(self):
        return iter(list.copy(self)[::-1])


class Pairs(tuple):
    def __iter__(self):
        for item in tuple.__iter__(self):
            yield item, item


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


def squares(n):
    for i in range(n):
        yield i * i


def copies(source):
    made = list(source)
    return made


def show(label, value):
    print(label, type(value).__name__, value)


for round_number in range(3):
    base = [1, "two", 3.0, None, (4,)]
    copy = copies(base)
    copy.append("appended")
    base[0] = "changed"
    show("list copy", copy)
    show("source after", base)
    show("tuple", copies((1, 2, 3)))
    empty = copies([])
    empty.append("grown")
    empty.extend(range(3))
    show("empty grown", empty)
    empty_from_tuple = copies(())
    empty_from_tuple.insert(0, "first")
    show("empty tuple grown", empty_from_tuple)
    show("subclass", copies(Items([5, 6])))
    show("own __iter__", copies(Backwards([1, 2, 3])))
    show("tuple subclass", copies(Pairs((7, 8))))
    show("str", copies("abc"))
    show("dict", copies({"a": 1, "b": 2}))
    show("dict items", copies({"a": 1}.items()))
    show("set", copies({3, 1, 2}))
    show("range", copies(range(2, 11, 3)))
    show("generator", copies(squares(5)))
    show("genexpr", copies(x + 1 for x in range(4)))
    show("class iterable", copies(Countdown(3)))
    iterator = iter([10, 20, 30, 40])
    next(iterator)
    show("iterator part-way", copies(iterator))
    show("exhausted iterator", copies(iterator))
    nested = [[1], [2]]
    shallow = copies(nested)
    shallow[0].append("shared")
    show("shallow", nested)
    long_source = list(range(40))
    long_copy = copies(long_source)
    long_copy[39] = "end"
    show("long copy tail", (long_copy[-2:], long_source[-2:]))
    for bad in (5, None, 2.5):
        try:
            copies(bad)
        except TypeError as error:
            print("error", error)

print(list())
for args, kwargs in [((1, 2), {}), ((), {"x": [1]}), (([1],), {"iterable": [2]})]:
    try:
        print(list(*args, **kwargs))
    except TypeError as error:
        print("error", error)
