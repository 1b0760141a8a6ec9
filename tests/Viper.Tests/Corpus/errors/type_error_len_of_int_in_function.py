def f(x):
    return len(x)


print(f([1, 2]))
print(f(5))
