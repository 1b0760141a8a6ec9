a = [10, 20, 30, 40]
print(a[0], a[3], a[-1], a[-4])
a[1] = 'x'
a[-1] = [1, 2]
print(a)
a[0] = a
print(len(a), a[0] is a)
b = [0] * 5
i = 0
while i < 5:
    b[i] = i * i
    i += 1
print(b)
b[-2] += 100
print(b)
m = [[1, 2], [3, 4]]
m[1][0] = 99
print(m, m[1][-1], m[-1][-2])
