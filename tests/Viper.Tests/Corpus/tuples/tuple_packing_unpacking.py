a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
t = 1, 'two', 3.0
print(t)
x, y, z = t
print(x, y, z)
p, q = [10, 20]
print(p, q)
c1, c2, c3 = 'abc'
print(c1, c2, c3)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
i = 0
i, j = i + 1, i + 2
print(i, j)
