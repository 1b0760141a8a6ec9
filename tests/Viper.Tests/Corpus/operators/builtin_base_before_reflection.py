# The left operand's builtin type handles the operator before the right operand's reflected
# method is tried, unless the right operand's class is a subclass of the left's.

class I(int):
    def __radd__(self, other): return "I.__radd__"
    def __rfloordiv__(self, other): return "I.__rfloordiv__"
    def __rand__(self, other): return "I.__rand__"
    def __rmatmul__(self, other): return "I.__rmatmul__"
    def __rpow__(self, other): return "I.__rpow__"
    def __gt__(self, other): return "I.__gt__"
    def __eq__(self, other): return "I.__eq__"
    __hash__ = int.__hash__

class F(float):
    def __radd__(self, other): return "F.__radd__"
    def __rsub__(self, other): return "F.__rsub__"
    def __gt__(self, other): return "F.__gt__"
    def __lt__(self, other): return "F.__lt__"

class PlainF(float):
    pass

class X:
    def __rmod__(self, other): return "X.__rmod__"
    def __radd__(self, other): return "X.__radd__"
    def __rmul__(self, other): return "X.__rmul__"
    def __repr__(self): return "X()"

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

# A float takes any number: the int subclass's reflections are never reached.
show("1.5 + I(1)", lambda: 1.5 + I(1))
show("1.5 // I(0)", lambda: 1.5 // I(0))
show("PlainF(1.5) // I(0)", lambda: PlainF(1.5) // I(0))
show("2.0 ** I(3)", lambda: 2.0 ** I(3))
# A float has no &: the reflection runs.
show("1.5 & I(1)", lambda: 1.5 & I(1))
show("1.5 @ I(1)", lambda: 1.5 @ I(1))
# An int subclass of the left operand's int: its reflection comes first.
show("1 + I(1)", lambda: 1 + I(1))
show("7 // I(0)", lambda: 7 // I(0))
# bool is an int, but I is not a subclass of bool: int's + handles it.
show("True + I(1)", lambda: True + I(1))
show("True & I(1)", lambda: True & I(1))
# An int does not take a float: the float subclass's reflection runs.
show("1 + F(2.0)", lambda: 1 + F(2.0))
show("1 - F(2.0)", lambda: 1 - F(2.0))
show("10**400 + F(2.0)", lambda: 10**400 + F(2.0))
show("1.5 + F(2.0)", lambda: 1.5 + F(2.0))
show("PlainF(1.5) - F(2.0)", lambda: PlainF(1.5) - F(2.0))

# str and bytes formatting take any right operand.
show("'%r' % X()", lambda: "%r" % X())
show("b'%r' % X()", lambda: b"%r" % X())
show("'%d' % X()", lambda: "%d" % X())
show("'no args' % X()", lambda: "no args" % X())
# Lists and numbers do not add or multiply with X: its reflections run.
show("[1] + X()", lambda: [1] + X())
show("[1] * X()", lambda: [1] * X())
show("3 * X()", lambda: 3 * X())
show("2.5 + X()", lambda: 2.5 + X())

# Comparisons: the same order.
show("1.5 < I(1)", lambda: 1.5 < I(1))
show("1.5 == I(1)", lambda: 1.5 == I(1))
show("1 < I(1)", lambda: 1 < I(1))
show("1 == I(1)", lambda: 1 == I(1))
show("True < I(1)", lambda: True < I(1))
show("1 < F(2.0)", lambda: 1 < F(2.0))
show("1 > F(2.0)", lambda: 1 > F(2.0))
show("1.5 < F(2.0)", lambda: 1.5 < F(2.0))
show("PlainF(3.0) > I(2)", lambda: PlainF(3.0) > I(2))

# In a hot function, so compiled code takes the same route.
def mixed(n):
    out = []
    for i in range(n):
        out.append((1.5 + I(i), 0.5 < I(i), 1 + F(i), i * 1.0 // I(1)))
    return out[-1]

for _ in range(3):
    print(mixed(40))
