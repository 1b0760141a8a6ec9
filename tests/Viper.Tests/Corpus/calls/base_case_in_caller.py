# The VM's exact-arguments call decides a callee's base case itself (its first instruction compares
# a parameter with an int constant and the next returns a parameter or a constant) when the argument
# is an inline int and the callee's frame would fit under the recursion limit. Every way out:
# arguments that are bools, floats, big ints, strs and int subclasses; each comparison operator
# and its negation; a returned constant of each kind and a returned other parameter; keyword calls;
# generators; non-int constants; the recursion limit reached exactly at a base case; errors raised
# just past the base case, with their tracebacks.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(k) for k in range(15)], fib(20))
print("fib of a bool", fib(True), fib(False))
print("fib of a float", fib(1.5), fib(5.0))
print("fib of a big int", fib(-(2 ** 70)), fib(2 ** 64 - 2 ** 64 + 1))


class Small(int):
    def __lt__(self, other):
        return True


print("int subclass", fib(Small(30)))
try:
    fib("x")
except TypeError as e:
    print("str:", e)


def lt(n):
    if n < 3:
        return "lt"
    return lt(n - 1)


def le(n):
    if n <= 3:
        return "le"
    return le(n - 1)


def eq(n):
    if n == 0:
        return None
    return eq(n - 1)


def ne(n):
    if n != 5:
        return 1.5
    return ne(n - 1)


def gt(n):
    if n > -3:
        return (n, "gt")
    return gt(n + 1)


def ge(n):
    if n >= 10:
        return n
    return ge(n + 4)


def negated(n):
    if not n < 2:
        return "big"
    return negated(n + 1)


def not_eq(n):
    if not n == 7:
        return -1
    return not_eq(n + 1)


for f in (lt, le, eq, ne, gt, ge, negated, not_eq):
    print(f.__name__, [f(k) for k in (0, 1, 2, 3, 5, 7, 9, 12)])
print("negative", lt(-5), le(-5), gt(-5), ge(-5), negated(-5), not_eq(-5))


def other_parameter(n, acc):
    if n == 0:
        return acc
    return other_parameter(n - 1, acc + n)


print("other parameter", other_parameter(10, 0), other_parameter(100, [1][0]))
print("keywords", other_parameter(n=5, acc=1), other_parameter(3, acc=2))


def with_default(n, step=1):
    if n <= 0:
        return 0
    return with_default(n - step) + 1


print("default", with_default(5), with_default(10, 3))


def gen(n):
    if n < 2:
        return n
    yield n


print("generator", list(gen(1)), list(gen(5)))


def float_constant(n):
    if n < 2.5:
        return n
    return float_constant(n - 1)


def big_constant(n):
    if n < 2 ** 80:
        return "small"
    return big_constant(n // 2)


print("non-int constants", float_constant(6), big_constant(2 ** 90), big_constant(3))


def down(n):
    if n <= 0:
        return 0
    return down(n - 1) + 1


def deepest():
    depth = 0
    while True:
        try:
            down(depth)
        except RecursionError:
            return depth
        depth += 1


sys.setrecursionlimit(120)
limit_depth = deepest()
print("deepest below the limit", limit_depth)
for extra in range(-2, 3):
    try:
        print(extra, down(limit_depth + extra))
    except RecursionError as e:
        print(extra, "RecursionError:", e)
sys.setrecursionlimit(1000)


def leaf(n):
    if n < 2:
        return n
    return undefined_name + n


def caller(k):
    return leaf(k)


for k in (0, 1, 2):
    try:
        print("leaf", caller(k))
    except NameError as e:
        print("leaf", k, "NameError:", e)

caller(5)
