# Consuming builtins started in the VM (module level, a function called once) on generators whose
# loops get hot meanwhile: once their code is compiled, the rest of the items come from the compiled
# body, at whatever item that happens. Items taken quietly and items that need Python code, early
# stops, exceptions from the generator and from the consumer, handled exceptions seen inside.
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for value in source:
        if value % 2 == 0:
            yield value


def failing_at(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError("item %d" % i)
        yield i


def mixed(n):
    # Small ints (taken quietly), then big ints and floats (handed to the consumer's Python side).
    for i in range(n):
        yield i
    yield 2 ** 70
    yield 0.5
    for i in range(n):
        yield i


def delegating(n):
    yield from count_up(n)
    yield from evens(count_up(n))


def sees_handled(n):
    for i in range(n):
        yield 1 if sys.exc_info()[0] is KeyError else 0


class Meter:
    def __init__(self, value):
        self.value = value

    def __radd__(self, other):
        return other + self.value


def meters_after(n):
    for i in range(n):
        yield i
    for i in range(5):
        yield Meter(i)


N = 30000

print(sum(count_up(N)))
print(sum(x * 2 for x in count_up(N)))
print(sum(evens(count_up(N))))
print(min(count_up(N)), max(x % 1009 for x in count_up(N)))
print(len(list(count_up(N))), len(sorted(x % 7 for x in count_up(N))))
print(len(" ".join(str(x) for x in count_up(N))))
print(sum(mixed(N)))
print(sum(meters_after(N)))
print(sum(delegating(N)))

g = count_up(N)
print(any(x >= N - 5 for x in g), next(g), next(g))
g = count_up(N)
print(all(x < N // 2 for x in g), next(g))

try:
    sum(failing_at(N, N - 3))
except ValueError as error:
    print("ValueError", error)

g = failing_at(N, N - 3)
try:
    sum(g)
except ValueError as error:
    print("ValueError", error, list(g))


def strings_after(n):
    for i in range(n):
        yield i
    yield "x"
    yield 7


g = strings_after(N)
try:
    sum(g)
except TypeError as error:
    print("TypeError", error)
print("left in the generator:", list(g))

try:
    raise KeyError("outer")
except KeyError:
    print(sum(sees_handled(N)))
print(sum(sees_handled(N)))


def called_once(n):
    # A function the VM runs once: its consumers run the generators it makes.
    total = sum(v * v for v in evens(count_up(n)))
    words = " ".join("w%d" % v for v in count_up(n) if v % 997 == 0)
    biggest = max(count_up(n), key=lambda v: v % 1000)
    return total, words, biggest, sorted(count_up(n), reverse=True)[:3]


print(called_once(N))
