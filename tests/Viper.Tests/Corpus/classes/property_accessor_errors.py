"""A property without a setter or deleter is named in the AttributeError only when __set_name__ named it (in its class body, or called by hand), with the class's qualified name; one assigned to the class later is not named."""

def attempt(label, f):
    try:
        f()
    except AttributeError as error:
        print(label, error)

class A:
    x = property(lambda self: 1)
A.y = property(lambda self: 2)
a = A()
def setx(): a.x = 5
def sety(): a.y = 5
def delx(): del a.x
def dely(): del a.y
for f in (setx, sety, delx, dely):
    attempt(f.__name__, f)

def make():
    class Inner:
        p = property(lambda self: 3)
    return Inner()
inner = make()
def setp(): inner.p = 1
attempt("nested", setp)
class Named:
    def getter(self):
        return 4
    q = property(getter)
n = Named()
def setq(): n.q = 1
attempt("getter named", setq)
r = property(lambda self: 5)
r.__set_name__(A, "manual")
A.r = r
def setr(): a.r = 1
attempt("manual set_name", setr)

class Copies:
    value = property(lambda self: 6)
    value = value.getter(lambda self: 7)
c = Copies()
def setc(): c.value = 1
attempt("copied by getter", setc)
try:
    property().__set_name__(A)
except TypeError as error:
    print("TypeError:", error)
