x = y = 0
print(x, y)
x += 1
print(x, y)
a = b = []
a.append(1)
print(a, b)
p, q = 1, 2
p, q = q, p
print(p, q)
p, q = q, p + q
print(p, q)
fib = [0, 1]
a, b = 0, 1
for i in range(10):
    a, b = b, a + b
print(a, b)
m = n = o = 'same'
print(m, n, o)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
