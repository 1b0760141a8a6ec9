# Bare raise re-raises the exception being handled; outside any handler it is a RuntimeError.
def inner():
    raise ValueError("from inner")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise

try:
    middle()
except ValueError as e:
    print("outer caught", repr(e))

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def nested_handlers():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise

try:
    nested_handlers()
except LookupError as e:
    print("after inner handler, bare raise gives", repr(e))

saved = None
try:
    raise ValueError("kept")
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    print(e is saved, e)
