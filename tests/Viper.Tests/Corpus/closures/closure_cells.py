# function.__closure__: None without free variables, else one cell per name in co_freevars
# (sorted), shared with the defining function; cell_contents read, written and deleted.
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    def reads_a():
        return a
    def sets_b(value):
        nonlocal b
        b = value
    return inner, reads_a, sets_b

inner, reads_a, sets_b = outer()
print(outer.__closure__, type(inner.__closure__).__name__, len(inner.__closure__))
print(inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__])
print(type(inner.__closure__[0]).__name__)
print(inner.__closure__[0] is reads_a.__closure__[0], inner.__closure__[1] is sets_b.__closure__[0])
sets_b(3.5)
print(inner(), inner.__closure__[1].cell_contents)
inner.__closure__[0].cell_contents = [10]
print(inner(), reads_a())
del inner.__closure__[0].cell_contents
for f in (inner, reads_a):
    try:
        f()
    except NameError as error:
        print(type(error).__name__, error)
try:
    inner.__closure__[0].cell_contents
except ValueError as error:
    print(type(error).__name__, error)
try:
    del inner.__closure__[0].cell_contents
except ValueError as error:
    print(type(error).__name__, error)
inner.__closure__[0].cell_contents = "back"
print(inner())

def later():
    def show():
        return value
    first = show.__closure__[0]
    try:
        first.cell_contents
    except ValueError as error:
        print("before:", error)
    value = 42
    return show, first

show, first = later()
print(show(), first.cell_contents)

# Cells compare by their contents; an empty cell comes before any other.
def pair(x, y):
    def f():
        return x, y
    return f.__closure__

c1, c2 = pair(1, 2)
d1, d2 = pair(1, 3)
print(c1 == d1, c2 == d2, c2 < d2, c1 != d2, c1 <= d1, c2 > d2)
def empty_cell():
    def f():
        return z
    cell = f.__closure__[0]
    z = 0
    del z
    return cell
e = empty_cell()
print(e == empty_cell(), e < c1, c1 > e, e <= e, e != c1)
try:
    print(c1 < 5)
except TypeError as error:
    print(type(error).__name__, error)
print(c1 == 5, c1 != 5)

# A method that uses super() or __class__ closes over the class cell.
class Base:
    def who(self):
        return "base"

class Child(Base):
    def who(self):
        return "child of " + super().who()
    def plain(self):
        return 1

print(Child.who.__code__.co_freevars, Child.who.__closure__[0].cell_contents is Child, Child.plain.__closure__)

lam = (lambda n: lambda: n)(7)
print(lam.__closure__[0].cell_contents, lam())
try:
    lam.__closure__ = ()
except AttributeError as error:
    print(type(error).__name__, error)

# The repr names the contents' type (addresses differ from run to run).
def shapes():
    x = 1
    y = None
    def g():
        return x, y, z
    z = [1]
    return g
print([repr(c).split(":")[1].split(" at ")[0] for c in shapes().__closure__])
print(all(repr(c).startswith("<cell at 0x") for c in shapes().__closure__), repr(e).endswith(": empty>"))
