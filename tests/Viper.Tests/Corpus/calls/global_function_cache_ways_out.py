# LOAD_GLOBAL of a global holding a Python function reads the function from its inline cache while
# no binding of such a function has changed anywhere (the watched-bindings version). Every way out:
# the global rebound to another function, to a builtin, a class, a bound method, a callable object
# and an int; deleted (NameError, or the builtin it shadowed); replaced through globals(), its
# pop, setdefault and del, and exec; the same code run with two globals dicts; a function that
# shadows a builtin; rebinding in a loop; wrong argument counts and keyword calls through the
# cached callee; the recursion limit; and big ints crossing 2**63 through a cached callee.
import sys


def square(x):
    return x * x


def cube(x):
    return x * x * x


def use(n):
    return square(n)


for i in range(30):
    use(i)
print("function", use(7))

square = cube
print("other function", use(3))

square = abs
print("builtin", use(-4))


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % (self.v,)

    def method(self, n):
        return ("method", self.v, n)


square = Box
print("class", use(5))

square = Box(1).method
print("bound method", use(6))


class Callable:
    def __call__(self, n):
        return ("callable", n)


square = Callable()
print("callable object", use(8))

square = 12
try:
    use(2)
except TypeError as e:
    print("int:", e)

del square
try:
    use(2)
except NameError as e:
    print("deleted:", e)


def square(x):
    return x * x


print("defined again", use(9))

globals()["square"] = cube
print("globals item", use(2))
print("pop", globals().pop("square") is cube)
try:
    use(2)
except NameError as e:
    print("popped:", e)
globals().setdefault("square", cube)
print("setdefault", use(3))
globals().setdefault("square", abs)
print("setdefault kept", use(3))
del globals()["square"]
try:
    use(1)
except NameError as e:
    print("del item:", e)
exec("def square(x):\n    return -x")
print("exec def", use(4))


def len(x):
    return "shadowed len of %r" % (x,)


def measure(s):
    return len(s)


for i in range(30):
    measure("ab")
print(measure("abc"))
del len
print("builtin again", measure("abc"))
len = lambda s: "lambda len"
print(measure("abc"))
del len
print(measure([1, 2]))

# The same code with two globals dicts.
source = "def f():\n    return helper(3)\n"
first = {}
second = {}
exec(source, first)
exec(source, second)
exec("def helper(n):\n    return ('first', n)", first)
exec("def helper(n):\n    return ('second', n)", second)
for i in range(10):
    pair = (first["f"](), second["f"]())
print(pair)
second["helper"] = lambda n: ("second rebound", n)
print(first["f"](), second["f"]())


# Rebinding in a loop, between two functions and something else.
def left(n):
    return ("left", n)


def right(n):
    return ("right", n)


def pick(n):
    return chooser(n)


results = []
for i in range(12):
    chooser = left if i % 3 == 0 else right if i % 3 == 1 else max
    if chooser is max:
        results.append(pick([i, -i]))
    else:
        results.append(pick(i))
print(results)


# Wrong argument counts and keyword calls through a cached callee.
def two(a, b):
    return a - b


def call_two_wrong():
    return two(1)


def call_two_keywords():
    return two(b=1, a=10)


def call_two_many():
    return two(1, 2, 3)


for i in range(20):
    call_two_keywords()
print("keywords", call_two_keywords())
for caller in (call_two_wrong, call_two_many):
    try:
        caller()
    except TypeError as e:
        print(caller.__name__, e)


# The recursion limit through a cached callee.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("recursion:", e)


# Big ints through a cached callee, crossing 2**63 in both directions.
def grow(n):
    return n * 2 + 1


def shrink(n):
    return n // 4


def walk(n):
    values = []
    for i in range(70):
        n = grow(n)
        values.append(n.bit_length())
    for i in range(40):
        n = shrink(n)
        values.append(n.bit_length())
    return values, n


print(walk(1))
print(walk(-(2 ** 62)))


# A watched function replaced in an ordinary dict or a class: the version moves, nothing rebound.
table = {"op": square}
table["op"] = cube
Box.helper = square
Box.helper = cube
print("ordinary dict", use(5), table["op"](2))


# Module-level reads of a function global.
def ident(x):
    return x


total = 0
for i in range(100):
    total += ident(i)
    if i == 50:
        ident = lambda x: -x
print("module level", total)
sys.setrecursionlimit(1000)
