d = {'a': 1, 'b': 2, 'c': 3}
for k, v in d.items():
    print(k, v)
pairs = [[1, 'one'], [2, 'two']]
for n, name in pairs:
    print(n, name)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for x, y in ['ab', 'cd']:
    print(y, x)
total = 0
for k, v in {'x': 10, 'y': 20}.items():
    total += v
print(total, k, v)
