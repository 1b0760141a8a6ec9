# zip(xs, ys) called from compiled code takes the type's two-argument constructor: the pairs, the
# iterators taken in order (a generator first, then a non-iterable second), errors, and zip
# shadowed by a global and deleted again, held in a parameter and called with other arities.


def pairs(xs, ys):
    return list(zip(xs, ys))


def unpacked(xs, ys):
    out = []
    for a, b in zip(xs, ys):
        out.append(a + b)
    return out


def through(function, xs, ys):
    return list(function(xs, ys))


def noisy(name, items):
    print("iter", name)
    for item in items:
        yield item


def ordered():
    return list(zip(noisy("first", [1, 2]), noisy("second", "ab")))


def other_arities(xs, ys):
    return list(zip(xs)), list(zip()), list(zip(xs, ys, xs)), list(zip(xs, ys, strict=False))


for round_number in range(3):
    print(pairs([1, 2, 3], "ab"), pairs((), [1]), pairs({"k": 1, "j": 2}, range(5)), pairs([1.5], [None]))
    print(unpacked([1, 2], [10, 20, 30]), unpacked("ab", "cd"), unpacked([], []))
    print(through(zip, [1], [2]), through(lambda a, b: [b, a], [1], [2]), type(zip([], [])).__name__)
    print(ordered())
    print(other_arities([1, 2], "xy"))
    for xs, ys in ((1, [2]), ([1], 2), (None, None)):
        try:
            pairs(xs, ys)
        except TypeError as error:
            print("TypeError", error)
    try:
        list(zip(noisy("g", [1]), 5))
    except TypeError as error:
        print("TypeError", error)
    try:
        list(zip([1, 2], [1], strict=True))
    except ValueError as error:
        print("ValueError", error)

zip = lambda a, b: [("shadowed ", a), ("again ", b)]
print(pairs([1], [2]), unpacked("x", "y"))
del zip
print(pairs([1], [2]), unpacked([1], [2]))
