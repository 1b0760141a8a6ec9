d = {'a': 1}
d.update({'b': 2, 'a': 10})
print(d)
d.update([('c', 3), ['d', 4], 'ef', (5, 6)])
print(d)
d.update(g=7, a=0)
print(d)
d.update({'h': 8}, i=9)
print(d)
d.update()
d.update([])
print(d)
e = d.copy()
e['new'] = True
del e['a']
print(d == e, len(d), len(e))
nested = {'k': [1]}
c = nested.copy()
c['k'].append(2)
print(nested)
alias = d
d.clear()
print(d, alias)
print(dict.fromkeys('abca'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), 'x'), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
print({}.fromkeys((1,)), type(dict.fromkeys([])))
print(dict([('a', 1), ('b', 2)], c=3), dict(zip('xy', [1, 2])), dict({1: 2}, x=3))
