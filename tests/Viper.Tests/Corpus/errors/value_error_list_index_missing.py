a = [1, 2, 3, 2]
print(a.index(2), a.index(2, 2))
print(a.index(3, 0, 3))
a.index(3, 0, 2)
