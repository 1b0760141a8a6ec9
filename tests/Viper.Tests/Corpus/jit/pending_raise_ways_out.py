# Exceptions leaving compiled functions by every kind of call, caught one, two and many frames
# up: the traceback each keeps (the line of every frame), context and cause, finally
# and with blocks on the way, and locals a failed call would have assigned keeping their value.
import sys


def frames(error):
    out = []
    tb = error.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


class Contradiction(Exception):
    pass


def thrower(i):
    raise Contradiction(i)


def middle(i):
    return thrower(i) + 1


def caught_two_up(n):
    caught = 0
    for i in range(n):
        try:
            middle(i)
        except Contradiction as e:
            caught += e.args[0]
            last = e
    print("two up", caught, frames(last))


def deep(d):
    if d == 0:
        raise KeyError(d)
    return deep(d - 1)


def deep_text(s):
    if not s:
        raise KeyError("bottom")
    return deep_text(s[1:])


def recursion_caught():
    for f, arg in ((deep, 6), (deep_text, "abcd")):
        try:
            f(arg)
        except KeyError as e:
            print("deep", f.__name__, e, len(frames(e)), frames(e)[-1])


def builtin_inner(text):
    return int(text)


def builtin_middle(text):
    return builtin_inner(text) * 2


def builtin_two_up():
    for text in ("12", "abc", "7"):
        try:
            print("parsed", builtin_middle(text))
        except ValueError as e:
            print("builtin", e, frames(e))


class Solver:
    def __init__(self, limit):
        if limit < 0:
            raise ValueError("negative limit")
        self.limit = limit

    def narrow(self, a, b, c):
        if a + b + c > self.limit:
            raise Contradiction(a + b + c)
        return a + b + c

    def one(self):
        raise Contradiction("one")

    def two(self, a):
        raise Contradiction(a)

    def three(self, a, b):
        raise Contradiction(a, b)

    def search(self):
        found = []
        for a in range(4):
            try:
                found.append(self.narrow(a, a, a))
            except Contradiction as e:
                found.append(("x", e.args[0]))
        for method, args in ((self.one, ()), (self.two, (1,)), (self.three, (1, 2))):
            try:
                method(*args)
            except Contradiction as e:
                found.append(e.args)
        try:
            self.one()
        except Contradiction as e:
            found.append(frames(e))
        return found


def method_calls():
    print("search", Solver(5).search())
    try:
        Solver(-1)
    except ValueError as e:
        print("init", e, frames(e))


def generic_arities():
    def r0():
        raise IndexError(0)

    def r1(a):
        raise IndexError(a)

    def r2(a, b):
        raise IndexError(a, b)

    def r3(a, b, c):
        raise IndexError(a, b, c)

    def r5(a, b, c, d, e):
        raise IndexError(a, e)

    calls = [lambda: r0(), lambda: r1(1), lambda: r2(1, 2), lambda: r3(1, 2, 3), lambda: r5(1, 2, 3, 4, 5),
             lambda: r1(a=9)]
    for call in calls:
        try:
            call()
        except IndexError as e:
            print("arity", e.args, frames(e))


def assigned_keeps_value():
    x = "before"
    try:
        x = thrower(3)
    except Contradiction:
        pass
    print("x", x)


def reraises(kind):
    try:
        thrower(kind)
    except Contradiction:
        if kind == 1:
            raise
        if kind == 2:
            raise ValueError("replaced")
        raise ValueError("caused") from None


def reraise_forms():
    for kind in (1, 2, 3):
        try:
            reraises(kind)
        except Exception as e:
            print("reraise", type(e).__name__, e, frames(e), type(e.__context__).__name__, e.__suppress_context__)


def raise_in_finally(flag):
    try:
        if flag:
            thrower("body")
    finally:
        raise RuntimeError("from finally")


def finally_forms():
    log = []

    def guarded():
        try:
            thrower("guarded")
        finally:
            log.append("finally ran")

    for flag in (False, True):
        try:
            raise_in_finally(flag)
        except RuntimeError as e:
            print("finally", e, repr(e.__context__), frames(e))
    try:
        guarded()
    except Contradiction as e:
        print("guarded", log, frames(e))


class Manager:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.log.append((kind.__name__ if kind else None, str(value)))
        return False


def with_forms():
    log = []

    def inner():
        with Manager(log):
            thrower("in with")

    try:
        inner()
    except Contradiction as e:
        print("with", log, frames(e))


class Vector:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if other.x < 0:
            raise ArithmeticError("negative")
        return Vector(self.x + other.x)

    def __eq__(self, other):
        raise TypeError("no equality")

    __hash__ = object.__hash__


def dunder_forms():
    try:
        Vector(1) + Vector(-1)
    except ArithmeticError as e:
        print("dunder add", e, frames(e))
    try:
        Vector(1) in [Vector(2)]
    except TypeError as e:
        print("dunder eq", e, frames(e))
    print("mapped", list(map(lambda v: (v + Vector(1)).x, [Vector(1), Vector(2)])))
    try:
        list(map(lambda v: v + Vector(-1), [Vector(1)]))
    except ArithmeticError as e:
        print("through map", e, frames(e))


def generator_calls():
    def gen():
        for i in range(3):
            try:
                yield middle(i)
            except Contradiction as e:
                yield ("caught in generator", e.args[0])
        yield thrower("escapes")

    it = gen()
    try:
        for item in it:
            print("gen", item)
    except Contradiction as e:
        print("gen escaped", e, frames(e))


def class_body_call():
    try:
        class Broken:
            value = thrower("class body")
    except Contradiction as e:
        print("class body", e, frames(e))


def context_chain():
    try:
        try:
            thrower("first")
        except Contradiction:
            middle("second")
    except Contradiction as e:
        print("context", e, repr(e.__context__), e.__context__.__context__)
    print("exc_info after", sys.exc_info())


def counts():
    # Many raises across compiled frames, in a loop: nothing accumulates.
    total = 0
    for i in range(3000):
        try:
            deep(i % 5)
        except KeyError as e:
            total += len(frames(e))
    print("counts", total)


caught_two_up(50)
recursion_caught()
builtin_two_up()
method_calls()
generic_arities()
assigned_keeps_value()
reraise_forms()
finally_forms()
with_forms()
dunder_forms()
generator_calls()
class_body_call()
context_chain()
counts()
