# Calls that leave parameters to their defaults, in hot loops (the VM pushes their frame without
# the general binding): one, some and all defaults taken, mutable defaults shared between calls,
# __defaults__ replaced and removed while call sites are warm, methods, __init__, recursion,
# closures and lambdas, and the errors of calls the defaults do not cover.
def pick(a, b=10, c=[]):
    c.append(a)
    return a + b, len(c)


def count_down(n, acc=0):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n)


class Point:
    def __init__(self, x, y=0, tag="p"):
        self.x = x
        self.y = y
        self.tag = tag

    def moved(self, dx=1, dy=1):
        return Point(self.x + dx, self.y + dy, self.tag)


def make_adder(step):
    def add(x, times=1):
        return x + step * times
    return add


def run(n):
    out = []
    for i in range(n):
        out.append(pick(i))
        out.append(pick(i, 1))
        out.append(pick(i, 1, []))
    return out[-6:]


for _ in range(3):
    print(run(40))
print(len(pick.__defaults__[1]))

pick.__defaults__ = (100, [])
print(run(3))
pick.__defaults__ = None
try:
    pick(1)
except TypeError as error:
    print(error)
pick.__defaults__ = (5, [])
print(pick(1), pick(2, 3))

print([count_down(k) for k in range(0, 50, 7)])

p = Point(1)
for _ in range(30):
    p = p.moved()
    p = p.moved(2)
print(p.x, p.y, p.tag)

add3 = make_adder(3)
lam = lambda a, b=2, *, c=3: a + b + c
total = 0
for i in range(50):
    total += add3(i) + add3(i, 2) + lam(i) + lam(i, 1)
print(total)


def needs_two(a, b, c=1):
    return a + b + c


for args in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)]:
    try:
        print(needs_two(*args))
    except TypeError as error:
        print(error)
for _ in range(30):
    try:
        needs_two(1)
    except TypeError as error:
        message = str(error)
print(message)


def gen(n, step=1):
    yield from range(0, n, step)


print([list(gen(k)) for k in range(4)], list(gen(10, 3)))
