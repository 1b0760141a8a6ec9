# globals(), locals(), vars() and dir(): the names of the running scope and of objects.
import math
x = 1
def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(locals()), locals()["c"], vars()["a"])
    print(dir())
    return g
f(1)
print([k for k in sorted(globals()) if not k.startswith("__")])
globals()["y"] = 5
print(y)
class A:
    z = 1
    print(sorted(locals()))
    def m(self): pass
a = A(); a.q = 2
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(A) if not n.startswith("__")])
print([n for n in dir(math) if n.startswith("f")])
print([n for n in dir() if not n.startswith("__")])
class D:
    def __dir__(self): return ["b", "a"]
print(dir(D()))
print(locals() is globals())
def counter():
    total = 0
    def bump():
        nonlocal total
        total += 1
        return sorted(locals().items())
    return bump
print(counter()())
def unbound_later():
    print(locals())
    late = 1
    return late
unbound_later()
print(vars(a))
try:
    vars(1)
except TypeError as e:
    print(e)
try:
    dir(1, 2)
except TypeError as e:
    print(e)
try:
    globals(1)
except TypeError as e:
    print(e)
