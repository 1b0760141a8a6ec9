shared = []
d = {'a': shared, 'b': shared}
d['a'].append(1)
print(d)
e = d
e['c'] = 'new'
print(d)
d['b'] = d['b'] + [2]
print(d, shared)
n = {'inner': {}}
n['inner']['k'] = 'v'
print(n)
n['inner']['k'] += '!'
print(n)
cnt = {'x': 1}
cnt['x'] += 5
cnt['x'] *= 2
print(cnt)
