# Function attributes as decorators use them: __name__, __qualname__, __doc__, __module__, __dict__,
# __defaults__, __kwdefaults__, and attributes of one's own.
def documented(a, b=2, *, c=3):
    """Adds things."""
    return a + b + c


def plain():
    x = "not a docstring"
    return x


lam = lambda: 0
print(documented.__name__, documented.__qualname__, repr(documented.__doc__), documented.__module__)
print(plain.__doc__, lam.__name__, lam.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__globals__ is globals(), documented.__dict__)


class Holder:
    def method(self):
        "Method doc."

    class Inner:
        def deep(self):
            pass


print(Holder.method.__doc__, Holder.method.__qualname__, Holder.Inner.deep.__qualname__, Holder().method.__doc__)


def wrapper(*args, **kwargs):
    return documented(*args, **kwargs)


for name in ("__module__", "__name__", "__qualname__", "__doc__"):
    setattr(wrapper, name, getattr(documented, name))
wrapper.__wrapped__ = documented
wrapper.calls = 0
wrapper.calls += 1
print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__wrapped__ is documented, wrapper.calls)
print(sorted(wrapper.__dict__), vars(wrapper)["calls"], hasattr(wrapper, "missing"), getattr(wrapper, "missing", "default"))
print(repr(wrapper).startswith("<function documented at "))
documented.__defaults__ = (10,)
documented.__kwdefaults__ = {"c": 100}
print(documented(1), documented(1, 1), documented(1, 1, c=1))
documented.__defaults__ = None
try:
    documented(1)
except TypeError as error:
    print(error)
del wrapper.calls
print(hasattr(wrapper, "calls"))
wrapper.__doc__ = None
del wrapper.__module__
print(wrapper.__doc__, wrapper.__module__)
wrapper.__dict__ = {"fresh": 1}
print(wrapper.fresh)


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


def set_attr(name, value):
    setattr(plain, name, value)


attempt("name int", lambda: set_attr("__name__", 5))
attempt("qualname none", lambda: set_attr("__qualname__", None))
attempt("defaults list", lambda: set_attr("__defaults__", [1]))
attempt("kwdefaults list", lambda: set_attr("__kwdefaults__", [1]))
attempt("globals", lambda: set_attr("__globals__", {}))
attempt("dict list", lambda: set_attr("__dict__", []))
attempt("missing", lambda: plain.nothing)
attempt("del missing", lambda: delattr(plain, "nothing"))
attempt("del name", lambda: delattr(plain, "__name__"))
