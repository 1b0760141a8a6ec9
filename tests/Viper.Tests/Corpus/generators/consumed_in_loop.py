# Builtins consuming a generator take its items in the caller's frame while the generator's own
# frame runs in the dispatch loop; everything CPython shows must stay the same.

def numbers(n, log=None):
    try:
        for i in range(n):
            if log is not None:
                log.append(i)
            yield i
    finally:
        if log is not None:
            log.append("finally")


# Every consuming builtin, over generator functions and generator expressions.
print(sum(numbers(10)), sum(numbers(10), 100), sum(numbers(4), start=0.5))
print(sum(x * 0.5 for x in range(7)), sum(2 ** 62 for _ in range(4)), sum((x for x in [1, 2.5, True]), 0))
print(list(numbers(5)), tuple(numbers(3)), sorted(x % 4 for x in range(10)))
print(sorted((x for x in "hello"), reverse=True), sorted(numbers(5), key=lambda v: -v))
print(min(numbers(5)), max(numbers(5)), min(x for x in [3.5, -1.0, 2]), max((x for x in []), default="empty"))
print(max((s for s in ["bb", "a", "ccc"]), key=len), min(x for x in ["b", "a", "c"]))
print(max(x for x in [1, float("nan"), 3]), min(x for x in [float("nan"), 1, 3]))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)), any(x for x in []), all(x for x in []))
print(sorted(set(x % 3 for x in range(10))), sorted(frozenset(str(x) for x in range(3))))
print(set(x for x in [1, 1.0, True, "a", None, "a"]) == {1, "a", None})
print("-".join(str(x) for x in range(5)), "".join(c.upper() for c in "abc"), ", ".join(numbers(0) and ()))
print(sum(sum(range(i)) for i in range(5)), list(list(range(i)) for i in range(3)))

# Early stop: any/all leave the generator suspended where they stopped, its finally not yet run.
log = []
gen = numbers(10, log)
print(any(x == 2 for x in gen), log)
print(next(gen), log)
gen.close()
print(log)
log = []
gen = numbers(10, log)
print(all(x < 3 for x in gen), next(gen), log)

# A consumer that runs to the end runs the finally block before the builtin returns.
log = []
print(sum(numbers(3, log)), log)


# The consumer's own errors come from the call, leaving the generator suspended after the item.
def mixed():
    yield 1
    yield "two"
    yield 3


gen = mixed()
try:
    sum(gen)
except TypeError as error:
    print("sum:", error, next(gen))
gen = mixed()
try:
    "".join(gen)
except TypeError as error:
    print("join:", error, list(gen))
gen = (x for x in [3, None, 1])
try:
    sorted(gen)
except TypeError as error:
    print("sorted:", error)
try:
    sorted(numbers(3), cmp=None)
except TypeError as error:
    print("sorted kw:", error)
try:
    min(x for x in [])
except ValueError as error:
    print("min:", error)
try:
    set(x for x in [[1], 2])
except TypeError as error:
    print("set:", error)
try:
    sum(numbers(3), "")
except TypeError as error:
    print("sum start:", error)


# Errors raised inside the generator leave it finished and reach a handler around the call.
def failing(after):
    yield from range(after)
    raise KeyError("boom")


for consume in (sum, list, tuple, sorted, set, frozenset, min, max, any, all, "".join):
    try:
        consume(failing(2) if consume is not "".join else (str(x) for x in failing(2)))
    except KeyError as error:
        print("caught", repr(error))

gen = failing(1)
try:
    list(gen)
except KeyError:
    print(list(gen), gen.gi_frame is None if hasattr(gen, "gi_frame") else True)


# User objects: __add__, __bool__, __hash__/__eq__ and key functions run between the generator's steps.
class Loud:
    def __init__(self, value):
        self.value = value

    def __radd__(self, other):
        print("radd", other, self.value)
        return other + self.value

    def __bool__(self):
        print("bool", self.value)
        return self.value > 1

    def __hash__(self):
        print("hash", self.value)
        return hash(self.value)

    def __eq__(self, other):
        print("eq", self.value)
        return isinstance(other, Loud) and other.value == self.value


def loud_items(n):
    for i in range(n):
        print("yield", i)
        yield Loud(i)


print(sum(loud_items(3)))
print(any(loud_items(4)))
print(len(set(loud_items(2))))
print(len(set(x for x in [Loud(1), 1, Loud(1)])))
print(max(loud_items(3), key=lambda item: -item.value).value)


# A key function that advances or closes the same generator.
def counting():
    for i in range(6):
        yield i


gen = counting()
print(max(gen, key=lambda v: next(gen, -1) + v))
gen = counting()
print(min(gen, key=lambda v: gen.close() or v))


def nested_consumer():
    inner = counting()
    yield sum(inner)
    yield list(x for x in inner)


print(list(nested_consumer()))


# A running generator cannot be consumed by itself.
def self_consuming():
    yield sum(me)


me = self_consuming()
try:
    next(me)
except ValueError as error:
    print("self:", error)


# Delegation with yield from, and values sent in being None.
def delegating():
    received = yield from counting()
    got = yield "last"
    print("received", received, got)


print(list(delegating()), sorted(delegating(), key=str))
print("".join(str(x) for x in delegating()))

# Builtins rebound or shadowed are ordinary calls.
def sum(items, start=0):
    return "shadowed"


print(sum(x for x in range(3)))
del sum
print(sum(x for x in range(3)))
