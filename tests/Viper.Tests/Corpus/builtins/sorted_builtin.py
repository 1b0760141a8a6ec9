s = 'hello world'
print(sorted(s))
print(sorted(s, reverse=True))
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted(range(3, -3, -1)))
print(sorted({'b': 1, 'a': 2}.items()), sorted({'b': 1, 'a': 2}.values()))
original = [5, 4]
copy = sorted(original)
print(original, copy, copy is original)
def by_second(p):
    return p[1]
print(sorted([('x', 3), ('y', 1), ('z', 2), ('w', 1)], key=by_second))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))
print(sorted([2, 1], key=None, reverse=False))
print(sorted(map(abs, [-3, 1, -2])))
