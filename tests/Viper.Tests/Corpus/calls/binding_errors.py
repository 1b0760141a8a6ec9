# CPython's TypeErrors when arguments don't bind to the parameters, in the order CPython checks.

def f(a, b, /, c, d=1, *args, e, g=2, **kw): pass
def g(a, /, b): pass
def g2(a, b, /, c): pass
def h(*, k): pass
def h2(a, *, k, j): pass
def v(a, b=1, *args): pass
def kwo(a, *, b=1): pass
class A:
    def m(self, x): pass
    def n(self, x, *, k): pass
def check(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "-> no error")
check('f()', lambda: f())
check('f(1,2,3)', lambda: f(1,2,3))
check('f(1,2,3,e=1,a=2)', lambda: f(1,2,3,e=1,a=2))
check('f(a=1,b=2,c=3,e=4)', lambda: f(a=1,b=2,c=3,e=4))
check('g(1,2,3)', lambda: g(1,2,3))
check('g(a=1,b=2)', lambda: g(a=1,b=2))
check('g(1,a=2,b=3)', lambda: g(1,a=2,b=3))
check('h(1)', lambda: h(1))
check('h()', lambda: h())
check('h(k=1,z=2)', lambda: h(k=1,z=2))
check('h2(1)', lambda: h2(1))
check('h2()', lambda: h2())
check('v()', lambda: v())
check('v(1,2,3,b=4)', lambda: v(1,2,3,b=4))
check('kwo(1,2)', lambda: kwo(1,2))
check('kwo(1,2,3)', lambda: kwo(1,2,3))
check('kwo(1,2,b=3)', lambda: kwo(1,2,b=3))
check('A().m()', lambda: A().m())
check('A().m(1,2)', lambda: A().m(1,2))
check('A.m()', lambda: A.m())
check('A().n(1)', lambda: A().n(1))
check('A().n(1,2)', lambda: A().n(1,2))
check('A(1)', lambda: A(1))
check('g(1, 2, a=3)', lambda: g(1, 2, a=3))
check('f(1,2,3,4,5,c=1,e=2)', lambda: f(1,2,3,4,5,c=1,e=2))
check('h(1, k=2)', lambda: h(1, k=2))
check('kwo()', lambda: kwo())
check('g(1, b=2, a=3)', lambda: g(1, b=2, a=3))
check('h2(1,2,3)', lambda: h2(1,2,3))
check('(lambda x, *, y: 0)(1,2)', lambda: (lambda x, *, y: 0)(1,2))
check('f(1,2,3,x=1,e=2)', lambda: f(1,2,3,x=1,e=2))
check('kwo(1, 2, c=3)', lambda: kwo(1, 2, c=3))
check("h(**{'k':1, 'z':2})", lambda: h(**{'k':1, 'z':2}))
check('v(1, *[2,3], b=5)', lambda: v(1, *[2,3], b=5))
check('kwo(b=1)', lambda: kwo(b=1))
check('A().n(k=1)', lambda: A().n(k=1))
check('g2(a=1, b=2, c=3)', lambda: g2(a=1, b=2, c=3))
check('h(1, 2, k=3)', lambda: h(1, 2, k=3))
check('h2(1, 2, k=3, j=4)', lambda: h2(1, 2, k=3, j=4))
check('v(1, 2, 3, 4, a=5)', lambda: v(1, 2, 3, 4, a=5))
check('f(1, 2, 3, 4, 5, 6, e=7, g=8, d=9)', lambda: f(1, 2, 3, 4, 5, 6, e=7, g=8, d=9))
check('f(1, 2, c=3, e=4, b=5)', lambda: f(1, 2, c=3, e=4, b=5))
check('(lambda a, b, c, d: 0)(1)', lambda: (lambda a, b, c, d: 0)(1))
check('(lambda *, a, b, c: 0)()', lambda: (lambda *, a, b, c: 0)())
