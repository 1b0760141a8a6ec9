d = {}
d['b'] = 1
d['a'] = 2
d['c'] = 3
print(d)
d['b'] = 100
print(d)
del d['b']
print(d)
d['b'] = 'back'
print(d)
for k in d:
    print(k, d[k])
e = {3: 'c', 1: 'a', 2: 'b'}
print(e, list(range(0)))
e[0] = 'z'
print(e)
