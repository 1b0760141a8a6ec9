# len() of every kind of sized object, in loops (where the VM answers it inline) and outside,
# plus len rebound to a Python function and called with keywords.
def lengths(items):
    out = []
    for x in items:
        out.append(len(x))
    return out


print(lengths(["", "abc", "h\u00e9llo", "\U0001F600x", [], [1, 2], (), (1,), {}, {1: 2}, range(10), range(0, 10, 3)]))
d = {"a": 1}
print(len(d.keys()), len(d.values()), len(d.items()), len(b"bytes"))
s = ""
for i in range(5):
    s += "ab"
    print(len(s), end=" ")
print()


def shadowed():
    len = lambda x: -1
    return len([1, 2, 3])


print(shadowed())


class HugeLength:
    def __init__(self, length):
        self.length = length

    def __len__(self):
        return self.length


for huge in (2 ** 63, 2 ** 64, -2 ** 70, 2 ** 63 - 1):
    for probe in (len, bool):
        try:
            print(probe(HugeLength(huge)))
        except (OverflowError, ValueError) as error:
            print(type(error).__name__, error)
