print({1: 'a', 1.0: 'b', True: 'c'})
print({True: 'c', 1: 'a'})
print({1.0: 'x', 1: 'y'})
d = {0: 'zero'}
print(d[0], d[0.0], d[False], d[-0.0])
d[False] = 'false'
print(d)
d[2.5] = 'float'
print(d[2.5], 2.5 in d, 2 in d)
print(1 in {True: 0}, 1.0 in {1: 0}, True in {1.0: 0})
k = {}
k[2 ** 64] = 'big'
k[2.0 ** 64] = 'float big'
print(k)
