# A true result from __exit__ swallows the exception; a false one lets it go on.
class Suppress:
    def __init__(self, types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("clean exit")
            return False
        print("caught", exc_type.__name__, exc_value, type(traceback).__name__)
        return issubclass(exc_type, self.types)


with Suppress(ValueError):
    print("before")
    raise ValueError("bad value")
    print("never")
print("after suppressed")

with Suppress(KeyError):
    {}["missing"]
print("after KeyError")

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("went on:", e)


class Counts:
    """Results of every truthiness: 0, '', [], None are false, others true."""

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return self.result


for result in [0, 1, "", "x", [], [0], None, 2.5]:
    try:
        with Counts(result):
            raise RuntimeError(repr(result))
        print("suppressed by", repr(result))
    except RuntimeError as e:
        print("not suppressed by", e)


class Bool:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("__bool__ called")
        return self.value


for value in [True, False]:
    try:
        with Counts(Bool(value)):
            raise TypeError("t")
        print("suppressed")
    except TypeError:
        print("propagated")

# The exception being handled inside __exit__ is the body's: a new one raised there chains to it.
def context_now():
    try:
        raise TypeError("probe")
    except TypeError as probe:
        return repr(probe.__context__)


class Peek:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("handled:", context_now())
        return True


with Peek():
    raise IndexError("peeked")
print("outside:", context_now())

# Suppressing inside a loop keeps looping.
for i in range(4):
    with Suppress(ZeroDivisionError):
        print(i, 10 // (i % 2))

# The exception value's traceback reaches the raising line.
class Tb:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
        return True


with Tb():
    x = 1
    raise ValueError
print("end")
