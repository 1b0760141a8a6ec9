# functools: reduce, partial, wraps, lru_cache/cache, cmp_to_key and total_ordering.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda acc, s: acc + s, ["a", "b", "c"], ""))
try:
    reduce(lambda a, b: a, [])
except TypeError as error:
    print("TypeError", error)


def power(base, exponent, *, modulo=None):
    return pow(base, exponent, modulo)


square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, modulo=7)
print(square(5), cube_mod(4), partial(power, 2)(10), partial(partial(power, 3), 2)(), square(3, exponent=3))
print(square.func is power, square.args, square.keywords, partial(power, 2, 5).args)
print(repr(partial(max, 1, key=None)).startswith("functools.partial(<built-in function max>, 1, key=None"))
try:
    partial(5)
except TypeError as error:
    print("TypeError", error)


def logged(function):
    @wraps(function)
    def wrapper(*args, **kwargs):
        print("calling", function.__name__)
        return function(*args, **kwargs)

    return wrapper


@logged
def add(a, b):
    """Adds two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__module__, add.__qualname__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_info().hits, fib.cache_info()._asdict() if hasattr(fib.cache_info(), "_asdict") else "")


@lru_cache(maxsize=2)
def slow_square(x):
    print("computing", x)
    return x * x


for value in [1, 2, 1, 3, 2, 1]:
    slow_square(value)
print(slow_square.cache_info(), slow_square.__name__)


@lru_cache
def bare(x, y=1):
    return x + y


print(bare(1), bare(1), bare(1, y=1), bare(x=1), bare.cache_info())


@cache
def counted(x):
    print("miss", x)
    return x


counted(1), counted(1), counted(2)
print(counted.cache_info())
typed_cache = lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed_cache(1), typed_cache(1.0), typed_cache.cache_info())
try:
    lru_cache("big")
except TypeError as error:
    print("TypeError", error)


def compare_lengths(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=cmp_to_key(compare_lengths)), max(words, key=cmp_to_key(compare_lengths)))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), sorted([b, a]), Version.__gt__.__name__)


@total_ordering
class Descending:
    def __init__(self, value):
        self.value = value

    def __gt__(self, other):
        return self.value > other.value


print(Descending(1) < Descending(2), Descending(3) <= Descending(2), Descending(2) >= Descending(2))
try:
    @total_ordering
    class Unordered:
        pass
except ValueError as error:
    print("ValueError", error)
print(functools.WRAPPER_ASSIGNMENTS)
