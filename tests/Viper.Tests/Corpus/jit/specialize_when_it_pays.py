# Parameters the body uses as ints are guarded as ints; parameters it iterates, indexes or passes
# on are not, so calls with any values run correctly whichever version they take. A loop whose ints
# are not used in arithmetic gets no specialized version; its range loop runs on the iterator.
def add_items(xs, start, scale):
    total = start
    for x in xs:
        total = total + x
    return total * scale


def index_loop(xs, n):
    out = []
    for i in range(n):
        out.append(xs[i])
    return out


def counted(xs, n):
    count = 0
    for i in range(n):
        if xs[i % len(xs)] > 0:
            count = count + 1
    return count


def passes_on(f, n, extra):
    return f(n) + extra


for i in range(60):
    add_items([1, 2, 3], i, 2)
    index_loop([4, 5, 6], 3)
    counted([1, -1, 2], 10)
    passes_on(abs, -i, 1)
print(add_items([1, 2, 3], 10, 2))
print(add_items([1.5, 2.5], 1, 0.5))
print(add_items([2 ** 62, 2 ** 62], 2 ** 62, 4))
print(add_items(["b", "c"], "a", 2))
print(add_items([[1]], [0], 2))
print(add_items((), 1.25, True))
print(index_loop([4, 5, 6], 3), index_loop("xyz", 2), index_loop(range(10, 20), 4))
try:
    index_loop([1], 2)
except IndexError as error:
    print("IndexError:", error)
print(counted([1, -1, 2], 10), counted([0.5, -0.5], 7), counted([2 ** 70, -(2 ** 70)], 5))
print(passes_on(abs, -5, 1), passes_on(float, 3, 0.5), passes_on(str, 4, "!"))


def loop_with_break(n, stop):
    seen = []
    for i in range(n):
        if i == stop:
            break
        seen.append(i)
    else:
        seen.append("no break")
    return seen


for i in range(40):
    loop_with_break(5, 3)
print(loop_with_break(5, 3), loop_with_break(3, 7), loop_with_break(0, 0))
print(loop_with_break(2 ** 63 + 5, 2))
