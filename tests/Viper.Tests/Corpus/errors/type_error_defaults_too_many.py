def h(a, b=2):
    return a + b
print(h(1), h(1, 5))
h(1, 2, 3)
