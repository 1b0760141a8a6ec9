# `xs[a:b]` of an exact list or tuple with small int or absent bounds: compiled code slices
# without making the slice object. Steps, big or bool bounds, other bound types, subclasses,
# strings and classes with __getitem__ take the ordinary path.


class L(list):
    def __getitem__(self, key):
        return ("L.__getitem__", key if not isinstance(key, slice) else (key.start, key.stop, key.step))


class T(tuple):
    pass


class S(str):
    pass


class Keyed:
    def __getitem__(self, key):
        return ("Keyed", key.start, key.stop, key.step)


def head(xs, n):
    return xs[:n]


def tail(xs, n):
    return xs[n:]


def middle(xs, a, b):
    return xs[a:b]


def stepped(xs, a, b, c):
    return xs[a:b:c]


def whole(xs):
    return xs[:]


def show(label, f, *args):
    try:
        result = f(*args)
        print(label, repr(result), type(result).__name__)
    except Exception as error:
        print(label, type(error).__name__, error)


def run():
    data = [0, 1, 2, 3, 4, 5]
    frozen = (0, 1, 2, 3, 4, 5)
    for n in (-10, -6, -1, 0, 1, 3, 6, 7, 100, 2**62, -2**62, 2**63 - 1, -2**63):
        show(f"head list {n}", head, data, n)
        show(f"tail list {n}", tail, data, n)
        show(f"head tuple {n}", head, frozen, n)
        show(f"tail tuple {n}", tail, frozen, n)
    for a, b in ((1, 4), (4, 1), (-3, -1), (-1, -3), (None, 2), (2, None), (None, None), (0, 0)):
        show(f"middle list {a} {b}", middle, data, a, b)
        show(f"middle tuple {a} {b}", middle, frozen, a, b)
    show("big bound", head, data, 2**100)
    show("negative big bound", tail, data, -2**100)
    show("bool bound", head, data, True)
    show("float bound", head, data, 1.5)
    show("str bound", head, data, "1")
    show("step", stepped, data, None, None, 2)
    show("negative step", stepped, frozen, None, None, -1)
    show("zero step", stepped, data, None, None, 0)
    show("none step", stepped, data, 1, 3, None)
    show("list subclass", head, L([1, 2, 3]), 2)
    show("tuple subclass", head, T((1, 2, 3)), 2)
    show("tuple subclass whole", whole, T((1, 2, 3)))
    show("str", middle, "abcdef", 1, 3)
    show("str subclass whole", whole, S("abc"))
    show("str subclass part", head, S("abc"), 2)
    show("range", middle, range(10), 2, 5)
    show("bytes", head, b"abc", 2)
    show("class getitem", middle, Keyed(), 1, 2)
    show("int", head, 5, 1)
    show("None", head, None, 1)
    show("dict", head, {}, 1)
    copy = whole(data)
    copy.append(99)
    print("copy independent", data, copy, copy is data)
    print("tuple whole is same", whole(frozen) is frozen, head(frozen, 6) is frozen, head(frozen, 5) is frozen)
    empty = head(data, 0)
    empty.append(1)
    print("empty slice is a new list", empty, head(data, 0))


for _ in range(3):
    run()

items = list(range(10))
total = 0
for i in range(3000):
    rest = items[:i % 10] + items[i % 10 + 1:]
    total += len(rest) + rest[0]
print(total)

shapes = [[1, 2, 3], (1, 2, 3), "abc", L([1, 2]), T((4, 5)), range(4), b"xyz"]
for step in range(300):
    for shape in shapes:
        out = shape[1:]
        if step == 299:
            print(type(shape).__name__, out)
