# Subclasses of list, tuple and dict that override the item protocol always get their override, and reach the builtin one through super(); builtin iterators answer __next__/__iter__ by name.
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
class T(tuple):
    def __getitem__(self, i):
        return ("T", i)
l = L([1, 2, 3]); t = T((4, 5))
print(l[0], l[-1], t[1], l[0:2])
l[1] = 7
print(list(l), l[1])
it = iter([1, 2])
print(it.__next__(), next(it))
for i in range(3):
    print(l[i], t[0])
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __delitem__(self, k):
        print("deleting", k)
        super().__delitem__(k)
d = D()
d["a"] = 1
print(d["a"], dict(d), len(d), "a" in d)
del d["a"]
print(d)
class Plain(list):
    pass
p = Plain([5, 6])
p[0] = 9
print(p[0], p[-1], p[:1], len(p), p.__len__(), p.__contains__(6), list(p.__iter__()))
del p[0]
print(p, [1, 2].__getitem__(1), (3, 4).__getitem__(-1), {"k": 1}.__getitem__("k"))
try:
    [].__getitem__(3)
except IndexError as e:
    print("IndexError:", e)
def walk(seq):
    total = 0
    for i in range(len(seq)):
        total += seq[i][1] if isinstance(seq[i], tuple) else seq[i]
    return total
for r in range(3):
    print(walk(L([1, 2, 3])), walk([1, 2, 3]))
m = map(str, [1, 2])
print(m.__next__(), iter(m) is m, m.__iter__() is m)
z = zip("ab", "cd")
print(z.__next__(), z.__next__())
try:
    z.__next__()
except StopIteration:
    print("StopIteration")
