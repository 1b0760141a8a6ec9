# A cached attribute store overwritten in a hot loop by values of every kind in turn: floats over
# floats and ints over ints (the store that leaves the reference alone), then int over float,
# big int, str, None, bool, a list that is later mutated, an object, and back; the values must read
# back exactly, including after much allocation (collections) while the instance holds fresh objects.


def allocate():
    return len([str(i) for i in range(20000)])


class Cell:
    def __init__(self, value):
        self.value = value
        self.other = 0

    def put(self, value):
        self.value = value


def churn(cell, values, rounds):
    seen = []
    for r in range(rounds):
        for v in values:
            cell.value = v
            cell.put(v)
            cell.other = cell.value
            seen.append(cell.value is v or cell.value == v)
        allocate()
    return all(seen), len(seen)


c = Cell(0.0)
for i in range(300):
    c.value = c.value * 0.5 + i
print(c.value)
n = Cell(0)
for i in range(300):
    n.value = n.value + i
print(n.value)
print(churn(Cell(1.5), [1.5, 2, 2.5, 10**30, "s", None, True, 3.25, [1], Cell(7), -0.0, 7], 20))

keep = Cell(None)
for i in range(2000):
    keep.value = [i, str(i)]
    if i % 500 == 0:
        allocate()
print(keep.value, keep.other)
lst = [1, 2]
keep.value = lst
lst.append(3)
print(keep.value, keep.value is lst)
keep.value = 2.0
keep.value = float("nan")
print(keep.value, keep.value != keep.value)
keep.value = float("-inf")
print(keep.value)
keep.value = -0.0
print(keep.value, str(keep.value))
