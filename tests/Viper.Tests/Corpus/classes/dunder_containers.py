class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, key):
        return key in self.cells

    def __iter__(self):
        return iter(sorted(self.cells))

    def __bool__(self):
        return len(self.cells) > 0


g = Grid(3, 2)
print(len(g), bool(g), (0, 0) in g)
if not g:
    print("empty grid")
g[0, 0] = "#"
g[(2, 1)] = "@"
print(g[0, 0], g[1, 1], g[2, 1], (0, 0) in g, (5, 5) not in g, bool(g))
for key in g:
    print("cell", key, g[key])
print(list(g), sorted(g, reverse=True))
del g[0, 0]
print(list(g))
a, = g
print(a)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            return self.stop()
        self.current -= 1
        return self.current + 1

    def stop(self):
        return next(iter([]))


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            return [][i]
        return i * i

    def __len__(self):
        return self.n


s = Seq(4)
print(list(s), 9 in s, 10 in s, len(s))
for v in s:
    print("seq", v)
print(list(enumerate(Seq(3))), sum(Seq(5)), max(Seq(3)))


class Sized:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Sized()), bool(Truthy()), not Sized(), len(Sized()))
print("yes" if Truthy() else "no", "yes" if Sized() else "no")
x = Sized() or "fallback"
print(x)
i = iter(Seq(2))
print(next(i), next(i), next(i, "done"))
