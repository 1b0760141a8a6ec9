def f(a, *, k):
    return a

def g(*args, **kwargs):
    return f(*args, **kwargs)

print(g(1, k=2))
xs = [1, 2]
result = g(*xs,
           **{"k": 3})
