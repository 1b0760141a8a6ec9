# list/tuple/dict/set/frozenset.__repr__ give the builtin repr of a subclass instance, as super().__repr__() needs.
class D(dict):
    def __repr__(self):
        return f"D({super().__repr__()})"
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
class T(tuple):
    def __repr__(self):
        return "T" + tuple.__repr__(self)
print(D(a=1), L([1, 2]), repr(L()), T((1,)), dict.__repr__(D(b=[L([3])])), list.__repr__([1]), frozenset.__repr__(frozenset()))
x = L()
x.append(x)
print(x)
try:
    dict.__repr__(5)
except TypeError as e:
    print(e)
try:
    list.__repr__([], 1)
except TypeError as e:
    print(e)
