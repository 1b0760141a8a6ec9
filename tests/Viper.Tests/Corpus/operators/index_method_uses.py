# Objects with __index__ work wherever CPython takes an integer index or count.
import operator


class Two:
    def __index__(self):
        return 2


class Minus:
    def __index__(self):
        return -1


class Huge:
    def __index__(self):
        return 10**30


class Truthy:
    def __index__(self):
        return True


class Wrong:
    def __index__(self):
        return "2"


two = Two()
items = [10, 20, 30, 40]
print(items[two], items[Minus()], items[Truthy()])
print("abcd"[two], (1, 2, 3)[two], range(10)[two], b"abc"[two])
print(items[two:], items[:two], items[Minus():], items[::two], "abcdef"[two:Huge()])
print((1, 2, 3)[two::two], range(10)[two:8:two])
print([0] * two, "ab" * two, two * (1,), b"x" * two)
print(operator.index(two), hex(two), bin(two), oct(two))
print(range(two), list(range(two, 10, two)), round(2.567, two))
print(bytes(two), bytearray(two))
print("abc".ljust(Two() if False else 5, "."), [1, 2, 3].pop(two))
print(slice(two).indices(10), slice(Minus(), None).indices(5))

copy = list(items)
copy[two] = 99
del copy[Minus()]
copy.insert(two, 7)
print(copy)

for bad in (Wrong(), Huge()):
    for expression in ("items[bad]", "'ab' * bad", "range(bad)[0]", "hex(bad)"):
        try:
            print(expression, eval(expression))
        except (TypeError, IndexError, OverflowError, MemoryError) as error:
            print(expression, "->", type(error).__name__, error)

for expression in ("items[1.5]", "items[1.5:]", "'ab' * 1.5", "range(1.5)", "hex(1.5)", "'abc'[None]"):
    try:
        eval(expression)
    except TypeError as error:
        print(expression, "->", error)


def pick(sequence, key):
    return sequence[key]


# A function compiled for int keys meets an __index__ object later.
total = 0
for i in range(50):
    total += pick(items, i % 4)
print(total, pick(items, two), pick("abc", two), pick(items, slice(two, None)))

# Int subclasses are ints already; their __index__ is int's.
import enum


class Small(int):
    pass


class Level(enum.IntEnum):
    LOW = 1


print(items[Small(1)], "abc"[Small(2)], [0] * Small(2), range(5)[Small(1)], items[Small(1):], hex(Small(10)))
print(bytes(Small(1)), bytearray(Small(2)), items[Level.LOW], "ab" * Level.LOW)
