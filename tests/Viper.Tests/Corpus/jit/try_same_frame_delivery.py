# Exceptions a handler of the same compiled frame takes (raise, re-raise, bare raise, a key
# missing from a dict) reach it directly: the exception, its context and its traceback are
# what CPython gives, including when it is re-raised out of the frame at the end.
import sys


class Defaulting(dict):
    def __missing__(self, key):
        return "default for " + repr(key)


def get(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "KeyError " + repr(e) + " context " + repr(e.__context__)
    except TypeError as e:
        return "TypeError " + str(e)


def get_const(d):
    try:
        return d["const"]
    except LookupError as e:
        return type(e).__name__


def raise_and_catch(n):
    out = []
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError as e:
            out.append((str(e), e.__context__, e.__traceback__ is not None))
    return out


def context_from_handler():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as e:
            return repr(e.__context__)


def missing_in_handler(d):
    try:
        raise IndexError("outer")
    except IndexError:
        try:
            return d["nope"]
        except KeyError as e:
            return repr(e) + " chained to " + repr(e.__context__)


def bare_reraise_in_same_frame():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as e:
        return "outer got " + repr(e)


def no_active_exception():
    try:
        raise
    except RuntimeError as e:
        return repr(e)


def with_cm_missing():
    try:
        with 42:
            pass
    except TypeError as e:
        return str(e)


def exit_raises():
    class Bad:
        def __enter__(self):
            return self

        def __exit__(self, *args):
            raise OSError("from exit")

    try:
        with Bad():
            raise KeyError("body")
    except OSError as e:
        return repr(e) + " context " + repr(e.__context__)


def escapes(d):
    try:
        return d["gone"]
    except KeyError:
        sys.stdout.write("handler ran\n")
        raise


for _ in range(2):
    print(get({1: 2}, 1), get({}, 1), get({}, []), get(Defaulting(), 7), get([1], 0))
    print(get_const({}), get_const({"const": 3}), get_const(Defaulting()))
    print(raise_and_catch(3))
    print(context_from_handler())
    print(missing_in_handler({}))
    print(bare_reraise_in_same_frame())
    print(no_active_exception())
    print(with_cm_missing())
    print(exit_raises())
escapes({})
