def f(value):
    a, b = value
    return a + b


print(f([1, 2]))
print(f(7))
