def f(a, b=2, *args, k, **kw):
    c = 1
    def g():
        return a + c
    return g

code = f.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_nlocals)
g = f(1, k=3)
print(g.__code__.co_freevars, g.__code__.co_varnames, g.__code__.co_name, g.__code__.co_qualname)
print(code.co_filename == __file__, code.co_firstlineno, g.__code__.co_firstlineno)
print(f.__code__ is f.__code__, f(1, k=2).__code__ is g.__code__, type(code).__name__)

def h(x, /, y):
    z = x + y
    return z

print(h.__code__.co_posonlyargcount, h.__code__.co_argcount, h.__code__.co_varnames, h.__code__.co_nlocals)
lam = lambda p: p
print(lam.__code__.co_name, lam.__code__.co_qualname, lam.__code__.co_varnames)
class C:
    def m(self):
        return [i for i in range(3)]
print(C.m.__code__.co_qualname, C.m.__code__.co_varnames)
for bad in ("co_nonexistent",):
    try:
        getattr(code, bad)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    code.co_name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.__code__ = None
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


print(gen.__code__.co_varnames, gen.__code__.co_argcount, gen.__code__.co_nlocals)


class Base:
    def hello(self):
        return "base"


class Derived(Base):
    def hello(self):
        return super().hello() + "!"

    def plain(self, other):
        return other


print(Derived.hello.__code__.co_freevars, Derived.hello.__code__.co_varnames)
print(Derived.plain.__code__.co_freevars, Derived.plain.__code__.co_argcount)


def outer():
    shared = []

    def middle():
        def inner():
            shared.append(1)
            return shared

        return inner

    return middle


middle = outer()
inner = middle()
print(outer.__code__.co_cellvars, middle.__code__.co_freevars, inner.__code__.co_freevars, inner.__code__.co_varnames)
print(repr(f.__code__).startswith("<code object f at 0x"), repr(f.__code__).endswith(", line 1>"))


def cells_out_of_order():
    zeta = 1
    alpha = 2

    def reads_both():
        return zeta + alpha

    return reads_both


print(cells_out_of_order.__code__.co_cellvars, cells_out_of_order().__code__.co_freevars)


class WithClassName:
    def which(self):
        return __class__.__name__


print(WithClassName.which.__code__.co_freevars, WithClassName().which())
