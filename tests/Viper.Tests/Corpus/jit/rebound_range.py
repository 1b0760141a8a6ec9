# The name `range` rebound (globally, or to a class) after code looping over it was compiled.
def count(n):
    t = 0
    for i in range(n):
        t += i
    return t


for k in range(50):
    count(5)
print(count(5))


def range(n):
    return ["a", "b", "c"][:n]


try:
    print(count(2))
except TypeError as e:
    print(type(e).__name__, e)


def join(n):
    s = ""
    for i in range(n):
        s += i
    return s


print(join(3))
del range
print(count(5), count(0))


class range:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([10] * self.n)


print(count(4))
del range
print(count(4))
