for i, ch in enumerate('abc'):
    print(i, ch)
print(list(enumerate(['x', 'y'], 1)), list(enumerate('ab', start=10)), list(enumerate([], 5)))
print(list(enumerate('ab', -2)), list(enumerate('a', True)), list(enumerate('ab', 10**20)))
print(list(enumerate('ab', 9223372036854775807)))
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], 'ab')), list(zip('ab', range(10), (True, False, None))))
print(list(zip([1, 2], [3, 4], strict=True)))
names = ['ann', 'bob']
ages = [30, 40]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
e = enumerate('xy')
print(next(e), next(e), next(e, 'done'))
z = zip('ab', 'cd')
print(next(z), list(z), list(z))
print(type(enumerate([])), type(zip()), enumerate, zip)
print(isinstance(zip(), zip), isinstance(enumerate(""), zip))
