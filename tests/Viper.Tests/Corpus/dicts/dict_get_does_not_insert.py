d = {'a': 1}
print(d.get('b'), d.get('b', 2))
print(d, len(d), 'b' in d)
v = d.get('list', [])
v.append('x')
print(d, v)
d['list'] = d.get('list', [])
d['list'].append('y')
print(d)
print(d.get(1), d.get(1.0), d.get(True))
d[1] = 'one'
print(d.get(1.0), d.get(True), d.get('1'))
