d = {'a': 1, 'b': 2, 3: 'three'}
print('a' in d, 'c' in d, 3 in d, 1 in d, 'three' in d)
print('c' not in d)
del d['a']
print(d, 'a' in d, len(d))
del d[3]
print(d)
d['a'] = 'again'
print(d)
del d['b']
del d['a']
print(d, len(d), d == {})
