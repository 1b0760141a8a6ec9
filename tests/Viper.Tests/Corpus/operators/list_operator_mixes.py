a = [1, 2]
print(a + [3], a * 2, 2 * a, 2 in a, [2] in [a, [2]])
print(a == [1, 2], a < [1, 2, 0], a > [0, 99])
b = a * 1
print(b == a, b is a)
c = [a] * 2
a.append(3)
print(c)
print([] + [] * 5, [[]] * 0)
