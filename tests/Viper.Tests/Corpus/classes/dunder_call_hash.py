class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0):
        return self.n + x + y


add5 = Adder(5)
print(add5(1), add5(1, 2), add5(x=3, y=4), callable(add5))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, -1, 2], key=Adder(0)))


class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key" + repr((self.a, self.b))


d = {Key(1, 2): "one-two"}
d[Key(3, 4)] = "three-four"
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d, len(d))
d[Key(1, 2)] = "replaced"
print(d)
print(hash(Key(1, 2)) == hash((1, 2)))


class ById:
    pass


o = ById()
p = ById()
table = {o: 1, p: 2}
print(table[o], table[p], o in table, ById() in table)
print(hash(o) == hash(o))


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class Small:
    def __hash__(self):
        return -1


print(hash(Small()))


class Inherits(Key):
    pass


print(hash(Inherits(1, 2)) == hash(Key(1, 2)))


class EqOnlyChild(Key):
    def __eq__(self, other):
        return False


print(EqOnlyChild.__hash__)
