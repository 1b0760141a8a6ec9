# Merging from a dict subclass ({**d}, dict(d), x.update(d), f(**d)): a subclass that keeps
# dict's __iter__ is merged from its own entries, whatever keys() or __getitem__ it defines;
# one with its own __iter__ gives its keys() and its items one by one.

class OwnIter(dict):
    def __iter__(self):
        return iter(["a"])

    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        return 42

class OwnKeys(dict):
    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        return 7

class IterOnly(dict):
    def __iter__(self):
        return iter(["b", "a"])

def kwargs(**kw):
    return kw

for source in (OwnIter(a=1, b=2), OwnKeys(a=1, b=2), IterOnly(a=1, b=2)):
    name = type(source).__name__
    target = {"z": 0}
    target.update(source)
    print(name, {**source}, dict(source), target, kwargs(**source), dict(source, c=3))

class Missing(dict):
    def __iter__(self):
        return iter(["nope"])

try:
    {**Missing(a=1)}
except KeyError as error:
    print("KeyError", error)

def merge_many(n):
    out = []
    for i in range(n):
        out.append(({**OwnIter(a=i)}, dict(OwnKeys(a=i))))
    return out[-1]

for _ in range(3):
    print(merge_many(40))
