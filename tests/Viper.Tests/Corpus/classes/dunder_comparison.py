class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)


a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a != c, a == b, a != b, a is c)
print(a < b, a <= c, b > a, b >= a, a > b)
print(sorted([Version(2, 0), b, a, Version(0, 9)]))
print(max([a, b, Version(0, 1)]), min([a, b]))
print(a == 1, a != "x", 1 == a)
print(a in [b, c], a in [b], [a, b].index(c), [a, c, b].count(a))


class Always:
    def __eq__(self, other):
        return True


print(Always() == 1, 1 == Always(), Always() != Always(), None == Always())


class Identity:
    pass


i = Identity()
j = Identity()
print(i == i, i == j, i != j, i != i)


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("gt called", self.v, other.v)
        return self.v > other.v


print(OnlyGt(1) < OnlyGt(2))
print(OnlyGt(5) > OnlyGt(2))


class NotEq:
    def __eq__(self, other):
        return "truthy string"

    def __ne__(self, other):
        return False


print(NotEq() != 1)
print(bool(NotEq() == 1))
