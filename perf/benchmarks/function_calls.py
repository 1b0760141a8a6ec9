# 5000 calls of a small function with two arguments.
def add(a, b):
    return a + b


def bench():
    total = 0
    for i in range(5000):
        total = add(total, i)
    return total
