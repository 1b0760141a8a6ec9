class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + str(list(self))


s = Stack()
s.push(1)
s.push(2)
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s[0], 2 in s, list(s), sorted(s, reverse=True), s == [1, 2])
s.extend([7, 8])
print(s, len(s))
s.name = "named"
print(s.name)
s2 = Stack([5, 6])
print(s2, bool(Stack()), bool(s2))


class Counted(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label

    def total(self):
        return sum(self)


c = Counted([1, 2, 3], "nums")
print(c.label, c.total(), len(c), c)


class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default

    def __missing__(self, key):
        self[key] = self.default
        return self.default


d = DefaultDict(0)
d["a"] += 1
d["b"] += 5
d["a"] += 1
print(d, d["zzz"], len(d), isinstance(d, dict))


class AttrDict(dict):
    def __getattr__(self, name):
        return self[name]


ad = AttrDict(x=1, y=2)
print(ad.x, ad.y, ad, sorted(ad.keys()))


class Pair(tuple):
    def first(self):
        return self[0]


pr = Pair([4, 5])
print(pr, pr.first(), len(pr), pr + (6,), type(pr).__name__, hash(pr) == hash((4, 5)))


class ParseError(ValueError):
    def __init__(self, line, message):
        super().__init__("line " + str(line) + ": " + message)
        self.line = line


class Fatal(ParseError):
    pass


e = ParseError(3, "bad token")
print(str(e), e.line, isinstance(e, ValueError), isinstance(e, Exception), type(e).__name__)
print(issubclass(Fatal, ValueError), Fatal.__mro__)


class Plain(Exception):
    pass


print(repr(Plain("a", 1)), str(Plain("only")))
