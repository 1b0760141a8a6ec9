# Every kind of parameter, alone and combined, in defs, lambdas and methods.


def star(*args):
    return args


def double_star(**kwargs):
    return kwargs


def both(*args, **kwargs):
    return args, kwargs


def everything(a, b, /, c, d=4, *rest, e, f=6, **extra):
    return a, b, c, d, rest, e, f, extra


def keyword_only(*, key, flag=False):
    return key, flag


def positional_only(x, y=2, /):
    return x, y


def after_args(first, *others, last="end"):
    return first, others, last


print(star())
print(star(1))
print(star(1, "two", [3]))
print(double_star())
print(double_star(a=1, b=2))
print(both())
print(both(1, 2, x=3))
print(everything(1, 2, 3, e=5))
print(everything(1, 2, c=3, e=5))
print(everything(1, 2, 3, 40, 50, 60, e=5, f=66, g=7, h=8))
print(everything(1, 2, e=5, c=3, d=44, zz=9))
print(keyword_only(key=1))
print(keyword_only(flag=True, key="k"))
print(positional_only(1))
print(positional_only(1, 3))
print(after_args(1))
print(after_args(1, 2, 3))
print(after_args(1, 2, last="L"))

# A positional-only name can still arrive in **kwargs.
def named_twice(a, /, **kwargs):
    return a, kwargs


print(named_twice(1, a=2))

# Lambdas take the same lists.
print((lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(z=1, y=2))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print((lambda x, *ys, sep="-", **kw: sep.join(map(str, (x,) + ys)) + str(kw))(1, 2, 3, sep="+", end="!"))

# Methods, static methods and class methods.
class Recorder:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

    def method(self, *values, scale=1):
        return [v * scale for v in values]

    @staticmethod
    def static(*values, **named):
        return values, named

    @classmethod
    def build(cls, *args, **kwargs):
        return cls(*args, **kwargs)


r = Recorder(1, 2, name="r")
print(r.args, r.kwargs)
print(r.method(1, 2, 3), r.method(1, 2, scale=10), r.method())
print(Recorder.method(r, 4, scale=2))
print(Recorder.static(1, k=2), r.static())
built = Recorder.build(3, 4, tag="b")
print(type(built).__name__, built.args, built.kwargs)

# The *args tuple and **kwargs dict are fresh objects the function owns.
def mutate(*args, **kwargs):
    kwargs["added"] = True
    return type(args).__name__, kwargs


shared = {"k": 1}
print(mutate(**shared), shared)

# Keyword order is call order.
print(double_star(z=1, a=2, m=3))
print(list(double_star(**{"b": 1, "a": 2}, c=3)))

# Defaults: __defaults__ and __kwdefaults__.
print(everything.__defaults__, everything.__kwdefaults__)
print(keyword_only.__defaults__, keyword_only.__kwdefaults__)
print(positional_only.__defaults__, positional_only.__kwdefaults__)
print(star.__defaults__, star.__kwdefaults__)


def kw_default_once(*, items=[]):
    items.append(len(items))
    return items


print(kw_default_once(), kw_default_once(), kw_default_once(items=[9]))

# Defaults are evaluated in order, positional ones first, when the def runs.
def trace(label):
    print("default", label)
    return label


def ordered(a=trace("a"), *, b=trace("b"), c, d=trace("d")):
    return a, b, c, d


print(ordered(c=0))
print(ordered.__kwdefaults__)

# A keyword-only default can name the function being defined in an enclosing scope.
def outer():
    def inner(*, again=None):
        return again
    return inner(again="x")


print(outer())

# Parameters are locals that *args and **kwargs names can shadow or rebind.
def rebind(*args, **kwargs):
    args = list(args)
    args.append("more")
    kwargs = len(kwargs)
    return args, kwargs


print(rebind(1, a=2))
