# Starred assignment targets: first, middle and last position, any iterable, for targets, nested, subscripts.
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = "xy"
print(a, b, c)
first, *rest = {3: 1, 1: 2}
print(first, rest)
[x, *y] = iter([9])
print(x, y)
for h, *t in [(1, 2, 3), (4,), (5, 6)]:
    print(h, t)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
def f(seq):
    head, *tail = seq
    return head, tail
print(f([1, 2]), f("abc"))
d = {}
d["k"], *d["rest"] = [1, 2, 3]
print(d)
*z, = [1, 2]
print(z)
