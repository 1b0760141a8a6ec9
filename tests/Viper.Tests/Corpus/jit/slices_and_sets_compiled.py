# Slices and set displays in compiled functions: slice objects with and without bounds and steps,
# on lists and strs, set displays with duplicates, and the errors the VM raises for them.
def f(xs, a, b):
    s = {a, b, a}
    return xs[a:b], xs[::2], xs[b:], xs[:a], xs[a:b:-1], sorted(s), xs[slice(1, 3)]

def g(xs):
    total = 0
    for i in range(len(xs)):
        total += sum(xs[i:i + 2])
    return total, {x % 3 for x in xs} if False else {xs[0], xs[-1]}

print(f(list(range(10)), 2, 7), f("abcdefghij", 1, 5), g([1, 2, 3, 4, 5]))
try:
    f(5, 1, 2)
except TypeError as e:
    print(e)
try:
    f([1], [], 2)
except TypeError as e:
    print(e)
