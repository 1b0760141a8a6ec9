# `(x,) + t`, `t + (x,)` and `t += (x,)`: compiled code concatenates without making the one-item
# tuple when only the `+` reads it. Every other left or right operand takes the ordinary `+`.


class Tup(tuple):
    pass


class RAdder:
    def __radd__(self, other):
        return ("radd", other)

    def __add__(self, other):
        return ("add", other)


class TupWithRadd(tuple):
    def __radd__(self, other):
        return ("subclass radd", other)


def prepend(item, tail):
    return (item,) + tail


def append(head, item):
    return head + (item,)


def append_inplace(head, item):
    head += (item,)
    return head


def kept(item, tail):
    # The one-item tuple is read again after the `+`: it must exist.
    single = (item,)
    joined = single + tail
    return joined, single


def twice(item):
    pair = (item,)
    return pair + pair


def single(item):
    # The one-item tuple is returned, the last instruction of the function.
    return (item,)


def show(label, f, *args):
    try:
        result = f(*args)
        print(label, repr(result), type(result).__name__)
    except Exception as error:
        print(label, type(error).__name__, error)


def run(round_number):
    show("prepend", prepend, 1, (2, 3))
    show("prepend empty", prepend, 1, ())
    show("prepend nested", prepend, (1,), ((2,),))
    show("prepend subclass", prepend, 0, Tup((1, 2)))
    show("prepend radd subclass", prepend, 0, TupWithRadd((1, 2)))
    show("prepend radd object", prepend, 0, RAdder())
    show("prepend list", prepend, 0, [1, 2])
    show("prepend str", prepend, 0, "ab")
    show("prepend int", prepend, 0, 5)
    show("prepend None", prepend, 0, None)
    show("append", append, (1, 2), 3)
    show("append empty", append, (), 3)
    show("append subclass", append, Tup((1, 2)), 3)
    show("append object", append, RAdder(), 3)
    show("append list", append, [1, 2], 3)
    show("append float", append, 1.5, 3)
    show("append inplace", append_inplace, (1, 2), 3)
    show("append inplace list", append_inplace, [1, 2], 3)
    show("append inplace subclass", append_inplace, Tup((1,)), 2)
    show("append inplace object", append_inplace, RAdder(), 2)
    show("append inplace str", append_inplace, "ab", 2)
    show("kept", kept, 1, (2,))
    show("twice", twice, 7)
    show("single", single, 8)
    original = (1, 2)
    grown = append_inplace(original, 3)
    print("original unchanged", original, grown, original is grown)
    lst = [1]
    same = append_inplace(lst, 2)
    print("list extended in place", lst, same is lst)


for round_number in range(3):
    run(round_number)

# Hot loops so the compiled code runs, and the operand type changing under it.
total = ()
for i in range(2000):
    total = (i % 3,) + total[:5]
print(total)

acc = ()
for i in range(2000):
    acc += (i,)
print(len(acc), acc[:3], acc[-3:])

values = [(1, 2), Tup((3,)), [4], "x", (), RAdder(), 5]
for step in range(200):
    for value in values:
        try:
            out = (step,) + value
        except TypeError as error:
            out = str(error)
        if step == 199:
            print(type(value).__name__, out)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for tail in permutations(items[:i] + items[i + 1:]):
            yield (items[i],) + tail


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))
