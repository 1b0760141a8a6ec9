# CPython's TypeErrors for * and ** at call sites, naming the callee as module.qualname().

def f(*a, **k):
    pass

class A:
    def m(self, *a, **k):
        pass

    def n(self, x, *, k):
        pass

    def p(self, x):
        pass

class M:
    def keys(self):
        return ["x"]

    def __getitem__(self, key):
        return 1

def check(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "-> no error")

check("f(*1)", lambda: f(*1))
check("f(1, *2)", lambda: f(1, *2))
check("f(*[1], *3)", lambda: f(*[1], *3))
check("f(**[1])", lambda: f(**[1]))
check("f(x=1, **[1])", lambda: f(x=1, **[1]))
check("f(**{'x':1}, **{'x':2})", lambda: f(**{'x': 1}, **{'x': 2}))
check("f(x=1, **{'x':2})", lambda: f(x=1, **{'x': 2}))
check("f(**{'x':1}, x=2)", lambda: f(**{'x': 1}, x=2))
check("f(**M(), x=2)", lambda: f(**M(), x=2))
check("f(**{1:2})", lambda: f(**{1: 2}))
check("A().m(*1)", lambda: A().m(*1))
check("A().m(**1)", lambda: A().m(**1))
check("A.m(*1)", lambda: A.m(*1))
check("A(*1)", lambda: A(*1))
check("A(**{'x':1}, **{'x':2})", lambda: A(**{'x': 1}, **{'x': 2}))
check("print(*1)", lambda: print(*1))
check("len(*1)", lambda: len(*1))
check("print(**1)", lambda: print(**1))
check("print(**{1:2})", lambda: print(**{1: 2}))
check("(lambda: 0)(*1)", lambda: (lambda: 0)(*1))
check("f(*None)", lambda: f(*None))
check("f(*1, **2)", lambda: f(*1, **2))
check("A().n(1)", lambda: A().n(1))
check("A().n(1, 2)", lambda: A().n(1, 2))
check("A().n(1, 2, k=3)", lambda: A().n(1, 2, k=3))
check("A().p(*[1, 2])", lambda: A().p(*[1, 2]))
check("A().p(**{'y': 1})", lambda: A().p(**{'y': 1}))
check("[].append(*1)", lambda: [].append(*1))
check("f(*5, **{1: 2})", lambda: f(*5, **{1: 2}))
check("A().m(*Nope)", lambda: A().m(*M))
check("dict(**{'a': 1}, a=2)", lambda: dict(**{'a': 1}, a=2))
check("zip(*3)", lambda: zip(*3))
check("max(**{'x': 1})", lambda: max(**{'x': 1}))

class Broken:
    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        raise KeyError(key)

try:
    f(**Broken())
except KeyError as e:
    print("KeyError", e)

class Iter:
    def __iter__(self):
        raise ValueError("no iterating")

try:
    f(*Iter())
except ValueError as e:
    print("ValueError", e)
