# Builtin methods called with the receiver alone or with one argument (s.add(x), d.get(k),
# d.items(), lst.pop()), hot enough to be compiled: compiled code calls their fixed-arity
# bodies. Every way out: other receivers at the same site, subclasses with and without their
# own method, receivers of the wrong type, exceptions from inside, mutation during iteration.


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


def fill(n):
    seen = set()
    for i in range(n):
        seen.add(i % 7)
        seen.add((i, i % 3))
        seen.discard(i % 5 + 100)
    return len(seen)


def churn(n):
    s = {1, 2, 3}
    removed = 0
    for i in range(n):
        s.add(i)
        s.remove(i)
        removed += 1
        if i % 50 == 0:
            s.discard(2)
            s.add(2)
    return removed, sorted(s)


def drain(container):
    out = []
    while container:
        out.append(container.pop())
    return out


def lookups(d, keys):
    found = 0
    missing = 0
    others = []
    for k in keys:
        value = d.get(k)
        if value is None:
            missing += 1
        elif isinstance(value, int):
            found += d.get(k)
        else:
            others.append(value)
    return found, missing, others[:2]


def views(d):
    total = 0
    for _ in range(200):
        total += len(d.keys()) + len(d.values()) + len(d.items())
    return total, list(d.keys()), list(d.values()), list(d.items())


def pops(n):
    lst = list(range(n))
    taken = []
    while len(lst) > 3:
        taken.append(lst.pop())
        taken.append(lst.pop(0))
        taken.append(lst.pop(-2))
    return taken[:9], taken[-3:], lst


class DefaultingDict(dict):
    def get(self, key, default="default"):
        return super().get(key, default)


class PlainDict(dict):
    pass


class PlainList(list):
    pass


class Stack(list):
    def pop(self, index=-1):
        return ("popped", super().pop(index))


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return f"Key({self.n})"


class BadHash:
    def __hash__(self):
        raise ValueError("no hash for you")


class Borrowed:
    add = set.add
    get = dict.get
    pop = list.pop


for round_ in range(3):
    print("fill", fill(300))
    print("churn", churn(300))
    print("lookups", lookups({1: 10, 2: 20, "a": 5, (1, 2): 7}, [1, 2, 3, "a", "b", (1, 2), 1.0, True, None] * 20))
    print("views", views({"x": 1, "y": 2}))
    print("pops", pops(40))

    # Polymorphic sites: the same call sees sets, lists, dicts and subclasses.
    for container in ({3, 1, 2}, [3, 1, 2], PlainList([5, 4]), Stack([7, 8])):
        print("drain", type(container).__name__, sorted(drain(container), key=repr))
    d = {}
    print("drain dict", type(d).__name__, drain(d))

    print("defaulting", lookups(DefaultingDict({1: 1}), [1, 2] * 10))
    print("plain dict", lookups(PlainDict({1: 1}), [1, 2] * 10))
    print("views of a subclass", views(PlainDict(a=1)))

    keys = set()
    for i in range(30):
        keys.add(Key(i))
    keys.discard(Key(4))
    print("keys", len(keys), Key(4) in keys, Key(5) in keys)

    mixed = set()
    for value in [1, 1.0, True, 2, 2.0, "2", (2,), None, -0.0, 0, 10**30, 10**30]:
        mixed.add(value)
    print("mixed", sorted(mixed, key=repr))

attempt("remove missing", lambda: churn(3) and {1}.remove(2))
attempt("remove missing tuple", lambda: {1}.remove((5, 6)))
attempt("add unhashable", lambda: set().add([1]))
attempt("add bad hash", lambda: set().add(BadHash()))
attempt("get unhashable", lambda: {}.get([1]))
attempt("pop empty set", lambda: set().pop())
attempt("pop empty list", lambda: [].pop())
attempt("pop out of range", lambda: [1, 2].pop(2))
attempt("pop negative out of range", lambda: [1, 2].pop(-3))
attempt("pop str index", lambda: [1, 2].pop("0"))
attempt("pop float index", lambda: [1, 2].pop(1.0))
attempt("pop bool index", lambda: [1, 2].pop(True))
attempt("pop big index", lambda: [1, 2].pop(10**30))
attempt("get two arguments", lambda: {1: 2}.get(1, 3))
attempt("get no arguments", lambda: {1: 2}.get())
attempt("get three arguments", lambda: {1: 2}.get(1, 2, 3))
attempt("add no arguments", lambda: set().add())
attempt("add two arguments", lambda: set().add(1, 2))
attempt("items with an argument", lambda: {}.items(1))
attempt("pop two arguments", lambda: [1].pop(0, 1))
attempt("add keyword", lambda: set().add(x=1))
attempt("frozenset has no add", lambda: frozenset().add(1))

# Unbound, through the type, and borrowed by another class: the receiver's type is checked.
attempt("set.add", lambda: (lambda s: (set.add(s, 4), sorted(s)))({1}))
attempt("set.add frozenset", lambda: set.add(frozenset(), 1))
attempt("set.add int", lambda: set.add(3, 1))
attempt("set.discard frozenset", lambda: set.discard(frozenset([1]), 1))
attempt("set.copy int", lambda: set.copy(3))
attempt("frozenset.copy set", lambda: frozenset.copy({1}))
attempt("set.copy frozenset", lambda: set.copy(frozenset([1])))
attempt("list.pop subclass", lambda: list.pop(PlainList([9])))
attempt("dict.get", lambda: dict.get({1: 2}, 1))
attempt("dict.get int", lambda: dict.get(5, 1))
attempt("dict.keys int", lambda: dict.keys(5))
attempt("dict.items subclass", lambda: list(dict.items(PlainDict(a=1))))
attempt("list.pop", lambda: list.pop([1, 2]))
attempt("list.pop int", lambda: list.pop(3))
attempt("list.pop index", lambda: list.pop([1, 2, 3], 0))
attempt("list.pop tuple", lambda: list.pop((1, 2), 0))
borrowed = Borrowed()
for label, action in (("borrowed add", lambda: borrowed.add(1)), ("borrowed get", lambda: borrowed.get(1)), ("borrowed pop", lambda: borrowed.pop())):
    for _ in range(3):
        attempt(label, action)

# Bound methods kept as values still reach the same bodies.
s = set()
add = s.add
for i in range(50):
    add(i % 6)
print("bound add", sorted(s))
d = {"k": 1}
get = d.get
print("bound get", [get(k) for k in ["k", "z"] * 3])

# Mutating a set or a dict while iterating over it, through the methods.
def grow_while_iterating(s):
    for item in s:
        s.add(item + 100)


attempt("set grows during iteration", lambda: grow_while_iterating({1, 2, 3}))


def shrink_dict_while_iterating(d):
    for key in d.keys():
        d.pop(key)


attempt("dict shrinks during iteration", lambda: shrink_dict_while_iterating({1: 1, 2: 2}))


def pop_while_iterating(lst):
    seen = []
    for item in lst:
        seen.append(item)
        lst.pop()
    return seen, lst


attempt("list pops during iteration", lambda: pop_while_iterating(list(range(10))))

# Rebinding the method on a subclass after the call site was compiled.
class Later(list):
    pass


def pop_many(lst, n):
    return [lst.pop() for _ in range(n)]


later = Later(range(20))
for _ in range(3):
    print("before", pop_many(later, 2))
Later.pop = lambda self: ("rebound", list.pop(self))
print("rebound", pop_many(later, 2))
del Later.pop
print("restored", pop_many(later, 2))
