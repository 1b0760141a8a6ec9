# next() on an exhausted iterator raising StopIteration and caught: builtin iterators of every
# kind, generators, iterator classes, next with a default, next reached through other names and
# as a callback, the error's context in a handler, StopIteration inside a generator becoming
# RuntimeError, and an uncaught one leaving through several frames.
import builtins


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


def gen():
    yield 1


def first(iterable):
    it = iter(iterable)
    try:
        return next(it)
    except StopIteration as e:
        return ("empty", e.args)


def drain(it):
    items = []
    while True:
        try:
            items.append(next(it))
        except StopIteration as e:
            return items, e.args


for iterable in ([], [1, 2], (), "ab", "", range(0), range(3), {}, {"k": 1}, set(), b"", b"xy", gen(), Countdown(0), Countdown(2)):
    print(type(iterable).__name__, first(iterable))

for make in (lambda: iter([1, 2, 3]), lambda: iter(range(2)), lambda: gen(), lambda: Countdown(3), lambda: enumerate("ab"),
             lambda: zip([1], [2, 3]), lambda: map(str, [4]), lambda: reversed([5, 6]), lambda: iter({"a": 1}.items())):
    print("drain", drain(make()))

it = iter([])
print("default", next(it, "fallback"), next(iter([7]), "unused"))
n = 0
for i in range(500):
    try:
        next(it)
    except StopIteration:
        n += 1
print("loop", n)

alias = next
print("alias", drain(iter([1])), first(iter([])))
try:
    alias(iter(()))
except StopIteration as e:
    print("alias raised", repr(e))
try:
    builtins.next(iter(()))
except StopIteration as e:
    print("attribute raised", repr(e))
print("map next", list(map(next, [iter([1]), iter([2])])))

try:
    try:
        raise KeyError("first")
    except KeyError:
        next(iter([]))
except StopIteration as e:
    print("context", repr(e.__context__))


def leaky():
    yield next(iter([]))


try:
    list(leaky())
except RuntimeError as e:
    print("generator", e, repr(e.__cause__))

try:
    next(5)
except TypeError as e:
    print("not an iterator", e)


def take(it):
    return next(it)


def outer(it):
    return take(it) + 1


print("outer", outer(iter([41])))
outer(iter([]))
