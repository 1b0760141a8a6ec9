# Generators meet the full call syntax, starred displays, sys.exc_info and match.
def g(*a, **k):
    yield from a
    yield sorted(k)
print(list(g(1, 2, x=3)))
args = [4, 5]
print(list(g(*args, **{"y": 1})))
def simple(n):
    for i in range(n):
        yield i
print(list(simple(*[3])), sum(x * x for x in simple(5)))
print([*simple(3)], {*simple(2)}, (*simple(2),))
class A:
    def gen(self, *xs):
        yield from xs
print(list(A().gen(*"ab")))
def kwonly(*, n):
    yield n
print(next(kwonly(n=7)), next(kwonly(**{"n": 8})))
import sys
def h():
    try:
        yield 1
    except ValueError:
        print("handled", sys.exc_info()[0].__name__)
        yield 2
x = h(); next(x); print(x.throw(ValueError))
match (1, 2, 3):
    case (1, *rest):
        print(rest)
