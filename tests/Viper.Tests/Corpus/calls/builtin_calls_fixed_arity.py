# Builtins called with one or two positional arguments from hot functions (len, abs, ord, chr,
# hash, callable, min, max, isinstance, issubclass, hasattr, getattr): the VM calls their
# fixed-arity bodies without an argument span, and compiled code calls them directly after testing
# the callee. Every way out: other argument types and their errors, wrong argument counts and
# keywords, subclasses and hooks, generators handed to min/max, the names shadowed by globals,
# rebound in builtins and held in locals, and sites whose callee changes between calls.
import builtins


def report(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Point:
    def __init__(self, x):
        self.x = x

    @property
    def broken(self):
        raise AttributeError("no broken here")

    @property
    def failing(self):
        raise ValueError("property failed")


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(name)


class Meta(type):
    def __instancecheck__(cls, instance):
        print("Meta.__instancecheck__", type(instance).__name__)
        return instance == 42

    def __subclasscheck__(cls, sub):
        print("Meta.__subclasscheck__", sub.__name__)
        return sub is int


class Hooked(metaclass=Meta):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class Hashes:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


class Calls:
    def __call__(self):
        return 1


def one_argument(x):
    total = 0
    for _ in range(3):
        total += len(x) + abs(len(x) - 5)
    return total


def characters(c):
    return ord(c), chr(ord(c))


def two_arguments(a, b):
    return min(a, b), max(a, b), isinstance(a, int), isinstance(b, (str, float))


def classes(a, b):
    return issubclass(a, b), callable(a)


def attributes(o, name):
    return hasattr(o, name), getattr(o, name)


def hashes(x):
    return hash(x)


for i in range(60):
    one_argument([1, 2, 3])
    one_argument("abcdef")
    characters("a")
    two_arguments(i, 3)
    two_arguments(2.5, 1)
    classes(bool, int)
    attributes(Point(i), "x")
    hashes(i)
print(one_argument([1, 2, 3]), one_argument("abcdef"), one_argument({1: 2}), one_argument(range(7)))
print(one_argument(Sized(9)), one_argument(b"xyz"), one_argument(MyStr("ab")), one_argument((1,)))
for bad in [5, None, Sized(-1), Sized(2**70), Sized(2**63), Sized(True)]:
    report(lambda: one_argument(bad))
print(characters("z"), characters("\u00e9"), characters("\u20ac"), characters("\U0001F600"), characters(MyStr("q")))
print(ord(b"a"), ord(bytearray(b"z")), ord("\ud800"))
for bad in ["", "ab", b"ab", bytearray(), 7, None]:
    report(lambda: ord(bad))
for code in [0, 65, 255, 256, 0x10FFFF, True, MyInt(66)]:
    print(repr(chr(code)))
for bad in [-1, 0x110000, 2**31 - 1, 2**31, -2**31 - 1, 2**40, 2**70, -2**70, 1.5, "a", None]:
    report(lambda: chr(bad))
print(two_arguments(1, 2), two_arguments(2.5, 1.5), two_arguments(True, 1), two_arguments(MyInt(4), 2.5))
print(two_arguments(2**70, 3.5), two_arguments(float("nan"), 1.0), two_arguments(-0.0, 0.0))
report(lambda: two_arguments(1, "a"))
report(lambda: two_arguments([1], [1, 0]))
print(classes(bool, int), classes(int, bool), classes(MyInt, (str, int)), classes(int, Hooked), classes(str, Hooked))
print(callable(Calls()), callable(Calls), callable(len), callable(3))
report(lambda: classes(3, int))
report(lambda: classes(int, 3))
report(lambda: classes(int, (str, 3)))
print(isinstance(42, Hooked), isinstance(41, Hooked), isinstance(True, int), isinstance(MyInt(1), int))
print(isinstance(1, int | str), isinstance("s", (float, (bytes, str))), isinstance(None, type(None)))
print(isinstance(42, (str, Hooked)), isinstance(41, (str, Hooked, int)), isinstance("s", (str, 3)), isinstance(2, ()))
report(lambda: isinstance(1.5, (str, 3)))
report(lambda: isinstance(1, 2))
report(lambda: isinstance(1, (int, 3)))
report(lambda: isinstance(1, list[int]))
print(attributes(Point(5), "x"), attributes(Dynamic(), "dynamo"), attributes(3, "real"), attributes("s", "__class__"))
for owner, name in [(Point(1), "y"), (Point(1), "broken"), (Point(1), "failing"), (Dynamic(), "other"), (Point(1), 5)]:
    report(lambda: hasattr(owner, name))
    report(lambda: getattr(owner, name))
print(getattr(Point(1), "y", "default"), getattr(Dynamic(), "nothing", None))
print(hashes(5), hashes(-1), hashes(2**70), hashes("abc") == hash("abc"), hashes(Hashes(7)), hashes(Hashes(-1)), hashes(Hashes(2**70)))
report(lambda: hashes([]))
report(lambda: hashes(Hashes("x")))
report(lambda: hashes({}))

# Wrong argument counts and keywords, with CPython's messages.
for call in [lambda: len(), lambda: len(1, 2), lambda: len(obj=[]), lambda: abs(), lambda: abs(1, 2),
             lambda: ord(), lambda: ord("a", "b"), lambda: ord(c="a"), lambda: chr(1, 2), lambda: hash(),
             lambda: callable(), lambda: isinstance(1), lambda: isinstance(1, int, 2),
             lambda: isinstance(1, int, x=1), lambda: issubclass(int), lambda: hasattr(1),
             lambda: hasattr(1, "a", 2), lambda: getattr(1), lambda: min(), lambda: max(a=1),
             lambda: min(5), lambda: max(1, 2, key=None, default=3)]:
    report(call)


# Generators handed to min and max: one is iterated, two are compared.
def extremes_of(make):
    return min(make()), max(make())


def extremes_between(a, b):
    return min(a, b)


for i in range(60):
    extremes_of(lambda: (x * x for x in range(-3, 3)))
print(extremes_of(lambda: (x * x for x in range(-3, 3))), extremes_of(lambda: iter([4, 2, 8])))
report(lambda: extremes_between((x for x in [1]), (x for x in [2])))
report(lambda: extremes_of(lambda: (x for x in [])))


# Shadowed by globals after the callers compiled, then the globals deleted again.
def shadowed(x):
    return len(x), isinstance(x, list), ord("a"), min(1, 2)


print(shadowed([1]))


def len(x):
    return "global len"


def isinstance(x, t):
    return "global isinstance"


ord = lambda c: "global ord"
min = max
print(shadowed([1]))
del len, isinstance, ord, min
print(shadowed([1]))

# Rebound in builtins, then restored.
saved_len, saved_isinstance, saved_getattr = builtins.len, builtins.isinstance, builtins.getattr
builtins.len = lambda x: "builtins len"
builtins.isinstance = lambda x, t: "builtins isinstance"
builtins.getattr = lambda o, n: "builtins getattr"
print(shadowed([1]), attributes(Point(2), "x"))
builtins.len, builtins.isinstance, builtins.getattr = saved_len, saved_isinstance, saved_getattr
print(shadowed([1]), attributes(Point(2), "x"))


# A site whose callee is a local: the same builtin, another builtin, or not a builtin at all.
def through(f, x):
    return f(x)


def through2(f, a, b):
    return f(a, b)


for i in range(60):
    through(len, "ab")
    through2(max, 1, 2)
for f in [len, abs, ord, chr, hash, callable, str, repr, (lambda x: "lambda"), bool, type]:
    report(lambda: through(f, 65 if f in (chr, abs, hash, bool) else "a"))
for f in [max, min, isinstance, issubclass, hasattr, getattr, divmod, pow, (lambda a, b: "lambda")]:
    report(lambda: through2(f, bool, int) if f in (isinstance, issubclass) else through2(f, 7, 3) if f in (max, min, divmod, pow)
           else through2(f, Point(3), "x") if f in (hasattr, getattr) else through2(f, 1, 2))


# An exception inside a builtin's hook reaches the caller with its traceback frames.
class BadLen:
    def __len__(self):
        raise KeyError("from __len__")


def measure(x):
    return len(x)


for i in range(60):
    measure("abc")
try:
    measure(BadLen())
except KeyError as e:
    print("KeyError", e)
