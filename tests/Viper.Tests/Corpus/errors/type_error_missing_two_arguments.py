def g(a, b, c):
    return a
print(g(1, 2, 3))
g(1)
