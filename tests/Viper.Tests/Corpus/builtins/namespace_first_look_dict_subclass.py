# A subclass of dict made before any dict method is looked at: its lookups walk dict's and
# object's namespaces, which are installed then; overriding methods reach dict's through super().
class Counter(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) if key in self else 0

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


c = Counter(a=1)
c["b"] = 2
print(c["a"], c["b"], c["zzz"], c.get("a"), c.get("zzz", "none"))
print(sorted(c.keys()), sorted(c.items()), len(c), repr(c), dict.__repr__(c))
c.update(z=26)
print(c.pop("z"), c.setdefault("q", 7), sorted(c))
print(Counter.fromkeys("xy", 0), type(Counter.fromkeys("x")).__name__)
print(isinstance(c, dict), [t.__name__ for t in Counter.__mro__])
print(dict.get(c, "a"), dict.__getitem__(c, "a"), dict.__contains__(c, "q"))
try:
    dict.get([], "a")
except TypeError as e:
    print(e)
try:
    c.nope()
except AttributeError as e:
    print(e)


class Stack(list):
    def push(self, item):
        self.append(item)


s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s, list.__len__(s), "push" in dir(s), "append" in dir(s))
