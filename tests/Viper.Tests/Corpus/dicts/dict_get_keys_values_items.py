d = {'x': 1, 'y': 2, 'z': 3}
print(d.get('x'), d.get('missing'), d.get('missing', 'default'), d.get('y', 0))
print(d.get('w', None), d.get('z', [1]))
print(d.keys())
print(d.values())
print(d.items())
print({}.keys(), {}.values(), {}.items())
print(len(d.keys()), 'x' in d.keys(), 1 in d.values(), 2 in d.values())
ks = d.keys()
d['new'] = 4
print(ks)
for k in d.keys():
    print('key', k)
for v in d.values():
    print('value', v)
for k, v in d.items():
    print('item', k, v)
print(type(d), type(d.keys()) == type({}.keys()))
