# An exception raised three calls deep in compiled code: the traceback names every frame.
def inner(items, index):
    return items[index] * 2


def middle(items, index):
    value = inner(items, index)
    return value + 1


def outer(items, index):
    total = 0
    for i in range(3):
        total += middle(items, index)
    return total


for k in range(100):
    outer([1, 2, 3], k % 3)
print(outer([1, 2, 3], 1))
print(outer([1, 2, 3], 5))
