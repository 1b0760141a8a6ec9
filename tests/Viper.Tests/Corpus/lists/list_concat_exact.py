"""list + list: slices of one list joined in a loop, copies independent of their operands,
subclasses with and without __add__/__radd__, += extending in place, and the TypeErrors of mixed
operands."""


class Tagged(list):
    def __add__(self, other):
        return "Tagged.__add__"

    def __radd__(self, other):
        return "Tagged.__radd__"


class Plain(list):
    pass


items = [0, 1, 2, 3, 4]
for i in range(len(items)):
    rest = items[:i] + items[i + 1:]
    print(rest, rest is items, len(rest))

a = [1, [2]]
b = a + []
print(b, b is a, b[1] is a[1], [] + [] == [], ([] + a) is a)
print(Tagged([1]) + [2], [2] + Tagged([1]), Plain([1]) + [2], type(Plain([1]) + [2]).__name__, [0] + Plain([5]))
alias = a
alias += [3]
print(a, alias is a)
for bad in [([1], (2,)), ([1], "x"), ([1], None), ((1,), [2])]:
    try:
        bad[0] + bad[1]
    except TypeError as error:
        print(error)

growing = []
for n in range(3000):
    growing = growing[-5:] + [n]
print(growing, len([0] * 3 + [1] * 2))
big = list(range(40))
print(len(big + big), (big + big)[38:42])
