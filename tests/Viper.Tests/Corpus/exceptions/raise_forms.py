# raise with a class, an instance, arguments, and from; what the caught exception holds.
def show(e):
    print(type(e).__name__, repr(e), str(e), e.args)

for make in [lambda: ValueError, lambda: ValueError(), lambda: ValueError("one"),
             lambda: ValueError("one", 2), lambda: KeyError("key"), lambda: KeyError(),
             lambda: KeyError("a", "b"), lambda: IndexError(3), lambda: Exception(None),
             lambda: RuntimeError(""), lambda: OSError(5, "Input/output error"), lambda: OSError("plain")]:
    try:
        raise make()
    except BaseException as e:
        show(e)

try:
    raise TypeError("outer") from ValueError("inner")
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
