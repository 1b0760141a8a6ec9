# sys.exc_info() and sys.exception(): the exception being handled, seen from called functions, restored after nested handlers.
import sys
print(sys.exc_info(), sys.exception())
def inner():
    t, v, tb = sys.exc_info()
    return t.__name__, str(v), tb is not None, type(tb).__name__, tb.tb_lineno, sys.exception() is v
try:
    raise KeyError("k")
except KeyError:
    print(inner())
    try:
        1 / 0
    except ZeroDivisionError as z:
        print(sys.exc_info()[0].__name__, sys.exception() is z)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def swallow():
    try:
        raise ValueError("v")
    except ValueError:
        pass
    return sys.exc_info()
print(swallow())
try:
    raise TypeError("t")
except TypeError:
    swallow()
    print(sys.exc_info()[1])
finally:
    print(sys.exc_info())
