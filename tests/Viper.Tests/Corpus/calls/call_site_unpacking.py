# *iterable and **mapping at call sites, with every kind of callee.


def show(*args, **kwargs):
    return args, kwargs


def three(a, b, c):
    return a + b + c


xs = [1, 2, 3]
print(show(*xs))
print(three(*xs))
print(three(*(1, 2, 3)))
print(three(*range(3)))
print(three(*"abc"))
print(three(*{"x": 1, "y": 2, "z": 3}))
print(show(*{7}))
print(show(*[]), show(*()), show(**{}))
print(show(*iter([4, 5])))
print(show(*map(str, xs)))
print(show(*zip("ab", "cd")))
print(show(*{"k": 1}.items()))
print(three(1, *[2, 3]))
print(three(*[1], 2, *[3]))
print(show(1, *xs, 2, *"ab", x=3, **{"y": 4}, **{"z": 5}))
print(show(*xs, *xs))
print(show(**{"a": 1}, b=2, **{"c": 3}, d=4))
print(three(**{"a": 1, "b": 2, "c": 3}))
print(three(1, **{"c": 3, "b": 2}))
print(three(*[1], c=3, **{"b": 2}))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Sequence:
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index * 10


class Mapping:
    def keys(self):
        return ["b", "a"]

    def __getitem__(self, key):
        return key.upper()


print(show(*Countdown(3)))
print(show(*Sequence()))
print(show(**Mapping()))
print(show(1, **Mapping(), c=3))

# Builtins.
words = ["x", "y", "z"]
print(*words)
print(*words, sep="-")
print(*words, sep="", end="!\n")
print(*[], "only")
print(max(*[3, 9, 2]), min(*"hello"), max(*xs, key=lambda v: -v))
print(dict(**{"a": 1}, b=2), dict([("k", 1)], **{"v": 2}))
print(list(zip(*[(1, 2, 3), (4, 5, 6)])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(sorted(*[[3, 1, 2]], reverse=True), sum(*[[1, 2, 3]]))
print(isinstance(*[1, int]), divmod(*(17, 5)), pow(*[2, 10]))
print(str(*[42]), int(*["ff", 16]), "-".join(*[["a", "b"]]))
print("{}+{}={x}".format(*[1, 2], **{"x": 3}))
print(list(range(*[1, 10, 3])))

# Methods of builtin types.
items = []
items.append(*[1])
items.extend(*[[2, 3]])
items.insert(*(0, 0))
print(items)
d = {}
d.update(**{"a": 1})
d.update({"b": 2}, **{"c": 3})
print(d, d.get(*["z", "default"]))

# Classes, __init__, super() and methods.
class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x, self.y, self.label = x, y, label

    def moved(self, *deltas, **options):
        dx, dy = deltas if deltas else (0, 0)
        return Point(self.x + dx, self.y + dy, **options)

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"


coords = (3, 4)
print(Point(*coords), Point(**{"x": 1}), Point(*[5], label="five"))
p = Point(*coords, **{"label": "a"})
print(p.moved(*[1, 1]), p.moved(label="m"), p.moved(*(2, 2), **{"label": "n"}))
method = p.moved
print(method(*[10, 10]))
print(Point.moved(p, *[0, 1], label="unbound"))


class Base:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


class Child(Base):
    def __init__(self, first, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.first = first


c = Child(1, 2, 3, k=4)
print(c.first, c.args, c.kwargs)


class Callable:
    def __call__(self, *args, **kwargs):
        return "called", args, kwargs


print(Callable()(*[1], **{"k": 2}))

# Decorators whose wrappers forward everything.
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper


@logged
def area(width, height=1, *, unit="m"):
    return f"{width * height}{unit}"


area(3)
area(3, 4)
area(width=2, height=5, unit="cm")


def repeat(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


@repeat(2)
def greet(name, *, punctuation="!"):
    return "hi " + name + punctuation


print(greet("ann"), greet(*["bob"], **{"punctuation": "?"}))


@logged
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(3))

# A callee that is itself computed, and keyword values with side effects.
def trace(label, value):
    print("eval", label)
    return value


handlers = {"show": show}
print(handlers["show"](*trace("star", [1]), x=trace("x", 2), **trace("dstar", {"y": 3}), z=trace("z", 4)))

# Deep recursion through a forwarding wrapper.
def forward(*args, **kwargs):
    return depth(*args, **kwargs)


def depth(n, *, acc=0):
    return acc if n == 0 else forward(n - 1, acc=acc + 1)


print(depth(300))
