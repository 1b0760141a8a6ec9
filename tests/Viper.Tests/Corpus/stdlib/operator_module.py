# operator: the operator functions, itemgetter, attrgetter (dotted names) and methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.index(7), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
items = [1, 2, 3]
operator.setitem(items, 0, "x")
operator.delitem(items, 1)
print(items, operator.getitem(items, -1), operator.getitem("hello", slice(1, 3)))
total = [1]
print(operator.iadd(total, [2]), total, operator.iadd(1, 2), operator.imul("a", 3), operator.call(max, 1, 5))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5, 9))
print(operator.__add__(1, 2), operator.__getitem__([5], 0))

rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0, 2), rows)), itemgetter("k")({"k": 9}))
print(itemgetter(1), itemgetter(1, "a"), itemgetter(slice(1, None))("abcd"))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punctuation="!"):
        return f"{greeting}, {self.name}{punctuation}"


tree = Node("root", Node("leaf"))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("name", "child.name")(tree), attrgetter("a.b"))
print(methodcaller("greet", "hi")(tree), methodcaller("greet", "yo", punctuation="?")(tree), methodcaller("upper")("abc"))
print(methodcaller("greet", "hi", punctuation="."), methodcaller("strip"))

for attempt in [
    lambda: itemgetter(),
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: methodcaller(),
    lambda: operator.index(1.5),
    lambda: operator.concat(1, 2),
    lambda: operator.indexOf([1], 2),
    lambda: attrgetter("child.missing")(tree),
    lambda: itemgetter(5)([1]),
    lambda: operator.add(1, "a"),
]:
    try:
        attempt()
    except (TypeError, ValueError, AttributeError, IndexError) as error:
        print(type(error).__name__, error)
