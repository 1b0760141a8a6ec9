# An error raised while a compiled loop takes enumerate's items unpacked: the traceback names the
# for line of each frame, as CPython's does.


def source(n):
    for i in range(n):
        if i == 2:
            raise ValueError("source gave out at %d" % i)
        yield i


def consume(n):
    total = 0
    for index, item in enumerate(source(n)):
        total += index * item
    return total


def outer():
    results = []
    for a, b in zip([3, 4], "ab"):
        results.append((consume(a), b))
    return results


print(consume(2))
print(outer())
