d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d)
print(d.pop('zz', None), d.pop('zz', 0), d)
print(d.popitem(), d)
d['x'] = 10
d['b'] = 20
print(d.popitem(), d)
print(d.setdefault('b', 99), d.setdefault('n'), d.setdefault('m', []), d)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
order = []
while counts:
    order.append(counts.popitem())
print(order)
n = {1: 'one', 1.0: 'float', True: 'bool'}
print(n, n.pop(True), n)
t = {(1, 2): 'pair'}
print(t.pop((1, 2)), t)
