# Builtins called from compiled code with one or two arguments (len, abs, min, max, isinstance,
# int, float, math.sqrt, math.floor, math.ceil): the inline int/float cases, every other argument
# type, their errors, and the same calls after the names are shadowed or rebound.
import math


class Weird(float):
    def __lt__(self, other):
        print("Weird.__lt__")
        return True

    def __gt__(self, other):
        print("Weird.__gt__")
        return False


class Sized:
    def __len__(self):
        return 7

    def __abs__(self):
        return "abs of Sized"

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __lt__(self, other):
        return True


def calls(a, b):
    return (min(a, b), max(a, b), abs(a), len([a, b]), isinstance(a, float), int(a), float(a),
            math.sqrt(abs(a)), math.floor(a), math.ceil(b))


for i in range(60):
    r1 = calls(1.5, -2.0)
    r2 = calls(3, 4)
    r3 = calls(-7, 7)
print(r1, r2, r3)

nan = float("nan")


def extremes(a, b):
    return min(a, b), max(a, b)


for i in range(60):
    extremes(1.0, 2.0)
    extremes(1, 2)
print(extremes(nan, 1.0), extremes(1.0, nan))
print(extremes(2, 2.0), extremes(2.0, 2), extremes(True, 1), extremes(1, True), extremes(-0.0, 0.0))
print(extremes(Weird(1.0), Weird(2.0)), extremes(Weird(3.0), 1.0), extremes("b", "a"), extremes((1, 2), (1, 1)))
print(extremes(2**70, 2**69), extremes(-2**70, 3), type(min(3, Sized())).__name__)


def conversions(x):
    return int(x), float(x), abs(x)


for i in range(60):
    conversions(2.5)
    conversions(-3)
print(conversions(1e30), conversions(-2.7), conversions(-2**63), conversions(-2**70), conversions(True))
print(conversions(-0.0), conversions(9.2233720368547758e18), conversions(-9.2233720368547758e18))
print(len(Sized()), abs(Sized()), int(Sized()), float(Sized()), int("12"), float(" 1.5 "))


def lengths(x):
    return len(x)


for i in range(60):
    lengths("abc")
print(lengths([1, 2]), lengths({1: 2}), lengths(range(10**20 + 5, 10**20 + 9)), lengths(b"xy"))


def failing(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for f in [lambda: min(1, "a"), lambda: max([], 2), lambda: int(nan), lambda: int(float("inf")),
          lambda: len(5), lambda: abs("x"), lambda: isinstance(1, 2), lambda: isinstance(1, (int, 3)),
          lambda: math.sqrt(-1), lambda: math.sqrt("4"), lambda: math.floor("x"), lambda: math.floor(nan),
          lambda: float("x"), lambda: float(10**400), lambda: int(3.5, 10), lambda: len(range(2**64))]:
    for i in range(3):
        failing(f)
print(isinstance(True, int), isinstance(1, (str, (float, int))), math.floor(2**80), math.floor(True), math.ceil(-0.5))


# Shadowed by a global after the callers compiled, then the global deleted again.
def uses_len(x):
    return len(x) + abs(-1) + min(x[0], 10)


for i in range(60):
    uses_len([5, 6])
print(uses_len([5, 6]))


def len(x):
    return 100


def min(a, b):
    return 1000


print(uses_len([5, 6]), extremes(1, 2))
del len, min
print(uses_len([5, 6]), extremes(1, 2))

# A module function rebound on the module.
def roots(x):
    return math.sqrt(x), math.floor(x)


for i in range(60):
    roots(16.0)
original_sqrt = math.sqrt
math.sqrt = lambda x: "patched sqrt"
print(roots(16.0))
math.sqrt = original_sqrt
print(roots(16.0))


# A local or parameter that holds a builtin, and a bound callee that is not one.
def apply(f, x, y):
    return f(x), f(x, y) if f in (min, max, isinstance) else f(x)


for i in range(60):
    apply(abs, -1, 2)
print(apply(abs, -1.5, 2), apply(len, "ab", 0), apply(float, 3, 0), apply(int, "7", 0))
try:
    print(apply(min, 3, 4))
except TypeError as e:
    print(type(e).__name__, e)
print(apply(str.upper, "x", 0), apply(round, 2.5, 0))
