# Sets and frozensets: displays, constructors, operators, methods, comparisons and CPython iteration order.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), frozenset(), set([5, 3, 5, 1]), frozenset(range(5)), set("aaa"))
print({100, 8, 16, 24, 1, 9}, {-1, -2, 7, 2**40, 2**70})
e = set()
for i in [50, 40, 30, 20, 10, 0, 33, 17, 64, 128, 5]:
    e.add(i)
print(e)
print(set(range(100)) == set(range(99, -1, -1)), set(range(20, 0, -3)))
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [10, 11]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([5, 6, 99]))
print(a <= b, a < a, a <= a, {4, 5} < b, b > {4}, b >= b, a == {5, 4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9, 10]), a.isdisjoint(b))
c = set(a)
c |= {9}
c &= {1, 2, 9, 100}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
d = {1, 2, 3}
d.update([4], (5, 6))
d.discard(1)
d.discard(100)
d.remove(2)
print(d, d.pop(), d.pop(), d)
d.clear()
print(d, bool(d), bool({0}))
f = frozenset([1, 2, 3])
print(f | {4}, {4} | f, f & {1}, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2, 3])), hash(frozenset(range(10))), hash(frozenset({-1, 2.5})))
print({f: 1}, frozenset([f]), f == {1, 2, 3}, {1, 2, 3} == f)
g = {1.0, 1, True, 2}
print(g, {0, False, 0.0}, {(1, 2), (1, 2), (2, 1)})
print(sorted({"pear", "apple", "fig"}), len({"a", "b", "a"}), "x" in {"x"}, sum({1, 2, 3}), max({4, 9, 2}))
h = set(range(50))
for k in range(0, 50, 2):
    h.discard(k)
h.add(100)
h.add(0)
print(h)
x = set(range(10))
x.intersection_update(range(5, 20))
x.difference_update([6])
x.symmetric_difference_update({1, 5})
print(x, x.copy(), x.copy() is x)
big = set(range(1000))
small = {999, 3, 500}
print(small & big, small - big, big - set(range(4, 1000)), small.union(), small.intersection())
u = {1, 2}
print(u.union(u), u - u, u ^ u, u & u)
print(list({10: "a", 5: "b", 7: "c"}.keys()), set({10: "a", 5: "b", 7: "c"}), set({10: "a"}.items()))
print(frozenset(f) is f, repr(frozenset([3])), str({7}), [{1}, {2, 3}])
z = {1, 2, 3}
z |= z
z &= z
print(z)
z -= z
print(z)
print({-5, -3, 0, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987})
