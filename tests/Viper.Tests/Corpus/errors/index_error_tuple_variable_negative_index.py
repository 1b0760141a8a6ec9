def f(t, i):
    return t[i]


print(f((1, 2), -2))
print(f((1, 2), -3))
