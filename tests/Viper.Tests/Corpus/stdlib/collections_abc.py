# collections.abc: the one-method ABCs recognise classes by their methods, the builtins are
# registered with the container ABCs, and deriving from Sequence/Mapping/Set fills in the rest.
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
                             Collection, Callable, Set, MutableSet, Mapping, MutableMapping,
                             Sequence, MutableSequence, KeysView, ItemsView, ValuesView, ByteString)
import collections.abc

samples = [1, 2.5, "s", b"b", bytearray(b"x"), (1,), [1], {1: 2}, {1}, frozenset(), range(3),
           iter([]), (x for x in ()), len, None, {}.keys(), {}.items(), {}.values()]
for abc_class in (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection,
                  Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
                  ByteString, KeysView, ItemsView, ValuesView):
    print(abc_class.__name__.ljust(16), "".join("x" if isinstance(s, abc_class) else "." for s in samples))

print(Iterable, collections.abc.Sequence.__module__)


class Counter3:
    def __iter__(self):
        return iter(range(3))


class NotHashable:
    __hash__ = None


print(isinstance(Counter3(), Iterable), isinstance(Counter3(), Iterator), issubclass(Counter3, Sized))
print(isinstance(NotHashable(), Hashable), isinstance(object(), Hashable))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
try:
    Iterator()
except TypeError as e:
    print("TypeError:", e)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sq.index(9), sq.count(4), len(sq))
try:
    sq.index(7)
except ValueError as e:
    print("ValueError", e.args)
print(isinstance(sq, Reversible), isinstance(sq, Collection), isinstance(sq, MutableSequence))


class Record(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Record({"A": 1}, B=2)
r.update([("c", 3)])
print(sorted(r.items()), r.get("a"), r.get("z", 0), "B" in r, "q" in r, r.setdefault("d", 4), len(r))
print(list(r.keys()), list(r.values()), r.pop("a"), r.pop("zz", "none"), r == {"b": 2, "c": 3, "d": 4})
print(type(r.keys()).__name__, isinstance(r.keys(), Set), r.keys() & {"b", "x"}, r.items() | {("e", 5)} >= {("b", 2)})
k, v = r.popitem()
print(k, v, len(r))
r.clear()
print(len(r), dict(r))
try:
    r.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    r.popitem()
except KeyError as e:
    print("KeyError", e.args)


class Bits(MutableSet):
    def __init__(self, values=()):
        self._items = set()
        for v in values:
            self.add(v)

    def __contains__(self, v):
        return v in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)

    def add(self, v):
        self._items.add(v)

    def discard(self, v):
        self._items.discard(v)

    def __repr__(self):
        return f"Bits({sorted(self._items)})"


a, b = Bits([1, 2, 3]), Bits([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a < a, a == Bits([3, 2, 1]), a.isdisjoint(b))
print(a & [2, 9], a == {1, 2, 3}, {1, 2, 3} == a)
a |= [7]
a -= [1]
a ^= Bits([2, 8])
print(a, a.pop(), a)
a.remove(7)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError:", e)
a.clear()
print(a, len(a))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
s.reverse()
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(3)
print(list(s), 2 in s)
s.clear()
print(len(s))


class Anything(Callable):
    def __call__(self):
        return "called"


print(Anything()(), isinstance(Anything(), Callable), issubclass(type(len), Callable))
print(Iterable[int], Sequence[str], Mapping[str, int])


def gen():
    yield 1


print(isinstance(gen(), Generator), isinstance(iter([]), Generator))
try:
    class Half(Mapping):
        def __getitem__(self, k):
            return k
    Half()
except TypeError as e:
    print("TypeError:", e)
