# Methods of the builtin types called from hot code (list, dict, set, frozenset, str, bytes,
# tuple): each call site caches the method for the receiver's exact type. Every way out of that:
# a site that sees several receiver types, subclasses overriding a method, an instance attribute
# hiding a method, a subclass changed after the site was filled, wrong arguments and keywords.


def list_calls(n):
    xs = []
    for i in range(n):
        xs.append(i)
        if i % 3 == 0:
            xs.insert(0, -i)
    popped = xs.pop()
    first = xs.pop(0)
    xs.remove(-3)
    return len(xs), popped, first, xs.index(5), xs.count(0), xs[:4]


def dict_calls(n):
    d = {}
    total = 0
    for i in range(n):
        d[i % 7] = d.get(i % 7, 0) + 1
        total += d.get(i % 5, -1)
        d.setdefault("k", []).append(i)
    return sorted(d.items(), key=str)[:3], total, len(d.keys()), sum(len(v) if isinstance(v, list) else v for v in d.values())


def set_calls(n):
    s = set()
    f = frozenset([1, 2, 3])
    hits = 0
    for i in range(n):
        s.add(i % 10)
        s.discard(i % 4)
        if f.issubset(s):
            hits += 1
        u = f.union(s, [99])
        i2 = f.intersection(s)
    return sorted(s), hits, sorted(u), sorted(i2), f.isdisjoint({7})


def str_calls(n):
    out = []
    for i in range(n):
        t = "a-b-c".replace("-", str(i % 3))
        out.append(t.split("1")[0])
        out.append("".join([t, "!"]).upper())
    return out[-4:], " ".join(out[:3]), "x,y,,z".split(",", 2), b"ab cd".split(), (1, 2, 1).count(1)


for k in range(3):
    print(list_calls(100))
    print(dict_calls(100))
    print(set_calls(100))
    print(str_calls(100))


def polymorphic(items):
    # One site, receivers of many types.
    return [x.count(y) for x, y in items]


for k in range(60):
    r = polymorphic([([1, 1, 2], 1), ((1,), 1), ("1a1", "1"), (b"\x01\x01", 1), ([3], 1)])
print(r)
try:
    polymorphic([([1], 1), ({1: 2}, 1)])
except AttributeError as e:
    print("AttributeError", e)


def index_of(x, y):
    return x.index(y)


for k in range(60):
    r = (index_of([5, 6, 7], 7), index_of("hello", "l"), index_of((3, 4), 3), index_of(b"abc", b"c"))
print(r)


class LoudList(list):
    def append(self, item):
        print("LoudList.append", item)
        super().append(item * 10)


class QuietList(list):
    pass


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


for k in range(40):
    fill([], 5)
print(fill(LoudList(), 3))
print(fill(QuietList(), 3), type(fill(QuietList(), 1)).__name__)
q = QuietList()
fill(q, 2)
q.append = lambda item: print("instance append", item)
print(fill(q, 2))
QuietList.append = lambda self, item: print("class append", item)
print(fill(QuietList(), 2))
del QuietList.append
print(fill(QuietList(), 2))


class CountingDict(dict):
    def get(self, key, default=None):
        print("CountingDict.get", key)
        return dict.get(self, key, default)


def lookups(d, keys):
    return [d.get(k, "missing") for k in keys]


for k in range(40):
    lookups({1: "one"}, [1, 2])
print(lookups({1: "one"}, [1, 2]))
print(lookups(CountingDict({1: "one"}), [1, 2]))


def bad_call(kind):
    xs = [1, 2]
    d = {"a": 1}
    s = {1}
    if kind == 0:
        return xs.append()
    if kind == 1:
        return xs.append(1, 2)
    if kind == 2:
        return d.get()
    if kind == 3:
        return d.get(1, 2, 3)
    if kind == 4:
        return s.add(1, 2, 3)
    if kind == 5:
        return xs.pop(1, 2, 3)
    if kind == 6:
        return s.add([])
    if kind == 7:
        return xs.nosuch(1)
    if kind == 8:
        return d.pop("zz")
    if kind == 9:
        return xs.append(item=1)
    return xs.sort(1)


for k in range(40):
    for kind in range(11):
        try:
            bad_call(kind)
        except Exception as e:
            if k == 39:
                print(kind, type(e).__name__, e)


def method_of_none(x):
    return x.append(1)


for k in range(40):
    method_of_none([])
try:
    method_of_none(None)
except AttributeError as e:
    print("AttributeError", e)
