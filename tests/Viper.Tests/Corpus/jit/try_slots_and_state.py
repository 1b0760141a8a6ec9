# Locals written in a try body (ints, floats, counters) are what the handler sees;
# sys.exc_info, except-as unbinding, assert, del and bare raise in compiled code.
import sys


def int_slot_in_handler(n):
    i = 0
    total = 0
    try:
        while True:
            i += 1
            total += i * 2
            if i == n:
                raise OverflowError("stop")
    except OverflowError:
        return i, total


def float_slot_in_handler(n):
    x = 0.0
    try:
        for k in range(n):
            x = x * 0.5 + 1.25
            if k == n - 1:
                [][0]
    except IndexError:
        return x


def counter_then_fail(xs):
    count = 0
    try:
        for x in xs:
            count += 1
            x + 1
    except TypeError:
        pass
    return count


def exc_info_inside():
    try:
        raise KeyError(5)
    except KeyError:
        t, v, tb = sys.exc_info()
        inner = (t.__name__, repr(v), tb is not None)
    return inner, sys.exc_info()


def except_as_unbinds():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return str(u)


def deleted_parameter(a, b):
    del a
    try:
        return a + b
    except UnboundLocalError as e:
        return str(e)


def asserting(x):
    try:
        assert x > 0, "not positive"
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e)


def reraise_bare(d):
    try:
        return d["k"]
    except KeyError:
        raise


def catches_reraise():
    try:
        reraise_bare({})
    except KeyError as e:
        return "re-raised " + repr(e)


def bare_raise_outside():
    raise


def no_active():
    try:
        bare_raise_outside()
    except RuntimeError as e:
        return repr(e)


def handled_restored():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return repr(sys.exc_info()[1])


for _ in range(3):
    print(int_slot_in_handler(40))
    print(float_slot_in_handler(30))
    print(counter_then_fail([1, 2, 3, "x", 5]))
print(exc_info_inside())
print(except_as_unbinds())
print(deleted_parameter(1, 2))
print(asserting(1), asserting(-1))
print(catches_reraise())
print(no_active())
print(handled_restored(), sys.exc_info())
