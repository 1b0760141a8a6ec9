# The item protocol of list, tuple and dict called through the class checks its receiver as
# CPython does: slot wrappers ("requires a 'list' object") and, for list.__getitem__,
# dict.__getitem__ and dict.__contains__, ordinary methods ("doesn't apply to"); subclasses pass.
for t in (list, tuple, dict):
    for n in ("__getitem__", "__len__", "__contains__", "__iter__", "__setitem__", "__delitem__"):
        f = getattr(t, n, None)
        if f is None:
            continue
        for args in ((3, 1, 2) if n == "__setitem__" else (3,) if n in ("__len__", "__iter__") else ("ab", 1), ()):
            try:
                print(t.__name__, n, f(*args))
            except TypeError as error:
                print(t.__name__, n, "TypeError:", error)


class Row(list):
    def __getitem__(self, index):
        return "row" + str(list.__getitem__(self, index))

    def __len__(self):
        return list.__len__(self) * 10


class Table(dict):
    def __contains__(self, key):
        return dict.__contains__(self, key.lower())


row = Row([1, 2])
list.__setitem__(row, 0, 5)
list.__delitem__(row, 1)
print(row[0], len(row), list.__contains__(row, 5), list(list.__iter__(row)))
table = Table(a=1)
print("A" in table, "b" in table, dict.__getitem__(table, "a"), dict.__len__(table), tuple.__len__((1, 2)))
print(list(tuple.__iter__((1, 2))), tuple.__getitem__((1, 2), -1), tuple.__contains__((1, 2), 2))
tuple.__iter__(3)
