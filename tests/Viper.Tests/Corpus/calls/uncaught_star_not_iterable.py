def f(*a, **k):
    return a
print(f(0, *3))
