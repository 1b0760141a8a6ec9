class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("alice")
print(n, repr(n), type(n).__name__, isinstance(n, str), type(n) is Name)
print(n.shout(), type(n.upper()) is str, type(n[1:3]) is str, type(n + "") is str, type("" + n) is str)
print(n == "alice", "alice" == n, n != "bob", n < "bob", n in ["alice"], "li" in n, n in {"alice": 1})
d = {n: 1}
print(d["alice"], hash(n) == hash("alice"), {n, "alice"})
n.extra = 5
print(n.extra, n.__dict__)
print(type(str(n)) is str, str(n), f"{n}", type(f"{n}") is str, format(n, ">8"), "%s|%r" % (n, n))
print(sorted([Name("b"), Name("a"), "c"]), len(n), n * 2, type(n * 1) is str, type(n.strip()) is str)
print(type(n.replace("x", "y")) is str, list(n), n.split("i"), bool(Name("")), n.startswith("al"))

class Loud(str):
    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"
    def __str__(self):
        return self.upper()
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    def __hash__(self):
        return hash(self.lower())
    def __add__(self, other):
        return Loud(str.__add__(self, other))
    def __len__(self):
        return 42

l = Loud("Hi")
print(l, repr(l), [l], f"{l}", "%s" % l, str(l), l == "HI", l == "hi", l != "x", len(l), type(l + "x").__name__)
print({l: 1}.get(Loud("hI")), hash(l) == hash("hi"))

class Tag(str):
    def __new__(cls, value, prefix="#"):
        self = super().__new__(cls, prefix + value)
        self.prefix = prefix
        return self

t = Tag("x")
print(t, t.prefix, type(t).__name__, str.__new__(Tag, 12), type(str.__new__(Tag, 12)).__name__)

class Init(str):
    def __init__(self, value):
        self.orig = value

i = Init(3.5)
print(i, i.orig, repr(i))
print(Name(), repr(Name()), Name(b"x"[0]))
try:
    Name("a").nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(n.__class__, Name.__mro__ if hasattr(Name, "__mro__") else None)
print(max(Name("a"), Name("z")), "".join([Name("a"), Name("b")]), ",".join(Name("xyz")))


class Custom(str):
    def __getitem__(self, i):
        return "X"
    def __iter__(self):
        return iter([1, 2])
    def __contains__(self, item):
        return item == "zzz"
s = Custom("ab")
print(s[0], s[0:1], list(s), "zzz" in s, "a" in s)
for ch in s:
    print(ch)
def f(x):
    return x[1]
for _ in range(3):
    print(f(s), f("pq"))
