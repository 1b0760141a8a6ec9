# __exit__ sees the exception, returns false, and the original propagates unchanged.
class Log:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)


def fail():
    with Log("f"):
        raise KeyError("k")


try:
    fail()
except KeyError as e:
    print("caught", repr(e), e.__context__)

# __exit__ raising its own exception: chained to the body's.
class Raises:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")


try:
    with Raises():
        raise ValueError("from body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

try:
    with Raises():
        print("clean body")
except RuntimeError as e:
    print(repr(e), e.__context__)

# Re-raising the same exception object from __exit__.
class Again:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise v


try:
    with Again():
        raise ValueError("same")
except ValueError as e:
    print("again", e, e.__context__)

# __exit__ with explicit 'from'.
class From:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if v is not None:
            raise LookupError("wrapped") from v


try:
    with From():
        [][1]
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# Errors in __enter__: __exit__ is not called.
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, exc_type, exc, tb):
        print("never")


try:
    with EnterFails() as x:
        print("never")
except OSError as e:
    print("enter failed:", e)

# A with inside an except handler: the handled exception comes back afterwards.
def context_now():
    try:
        raise TypeError("probe")
    except TypeError as probe:
        return repr(probe.__context__)


try:
    raise NameError("outer")
except NameError:
    with Log("in handler"):
        print(context_now())
    print(context_now())
print(context_now())

# try/finally around with, with around try/finally.
try:
    with Log("tf"):
        try:
            raise ValueError("inner")
        finally:
            print("finally inside")
except ValueError as e:
    print("got", e)
finally:
    print("outer finally")
