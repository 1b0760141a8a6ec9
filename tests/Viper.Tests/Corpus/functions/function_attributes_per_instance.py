# Attributes of functions made from one def many times (closures, lambdas): each function has its own
# __name__, __qualname__, __doc__, __dict__, __kwdefaults__ and __annotations__ once assigned, while
# unassigned ones come from the code; the docstring is the code's one str, shared.
def make(tag):
    def f(x, *, scale=2) -> int:
        "the doc"
        return x * scale + tag
    return f


a, b = make(1), make(2)
print(a.__doc__, a.__doc__ is b.__doc__, a.__doc__ is a.__doc__)
print(a.__name__, a.__qualname__, a(3), b(3), a.__kwdefaults__, a.__annotations__)

a.__doc__ = "changed"
a.__name__ = "renamed"
a.__qualname__ = "make.renamed"
a.__kwdefaults__ = {"scale": 10}
a.counter = 1
print(a.__doc__, b.__doc__, a.__name__, b.__name__, a.__qualname__, b.__qualname__)
print(a(3), b(3), a.__kwdefaults__, b.__kwdefaults__, a.__dict__, b.__dict__)

del a.__doc__
print(a.__doc__, b.__doc__)
a.__kwdefaults__ = None
print(a.__kwdefaults__, b.__kwdefaults__)
try:
    a(3)
except TypeError as error:
    print("TypeError:", error)

a.__annotations__ = {"x": str}
print(a.__annotations__, b.__annotations__)
del a.__annotations__
print(a.__annotations__, b.__annotations__)

lambdas = [lambda: i for i in range(3)]
lambdas[0].__name__ = "first"
print([f.__name__ for f in lambdas], [f.__doc__ for f in lambdas], [f() for f in lambdas])

try:
    a.__name__ = 5
except TypeError as error:
    print("TypeError:", error)
try:
    a.__dict__ = 5
except TypeError as error:
    print("TypeError:", error)
print(a.__name__)


class Base:
    def hello(self):
        return "base"


class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()


print(Derived().hello(), Derived.hello.__qualname__)
