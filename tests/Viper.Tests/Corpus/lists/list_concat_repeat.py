a = [1, 2]
b = [3]
c = a + b
print(c, a, b)
print(a + [], [] + [])
print([0] * 3, [1, 2] * 2, [1] * 0, [1] * -1)
print(3 * ['x'])
m = [[0]] * 3
m[0].append(1)
print(m)
d = a
a = a + [9]
print(a, d)
print(len([None] * 100))
print([[]] * 2)
