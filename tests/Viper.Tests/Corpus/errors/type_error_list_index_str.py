def f(xs, i):
    return xs[i]


print(f([1, 2], 1))
print(f([1, 2], "1"))
