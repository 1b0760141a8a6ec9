# Equal numbers must hash equally: ints, bools, floats and big ints.
d = {}
d[1] = 'int one'
d[1.0] = 'float one'
d[True] = 'true'
print(d)
d[2 ** 64] = 'big'
print(d[2.0 ** 64])
d[-1] = 'minus one'
print(d[-1.0])
d[0] = 'zero'
print(d[False], d[-0.0])
print(len(d))
e = {2 ** 100: 'a', 10 ** 30: 'b', -2 ** 100: 'c'}
print(e[2 ** 100], e[10 ** 30], e[-(2 ** 100)])
print(2 ** 61 - 1 in {2 ** 61 - 1: 0}, 2 ** 61 in {2 ** 61 - 1: 0})
f = {}
for i in range(-3, 4):
    f[i * 2 ** 61] = i
print(f)
