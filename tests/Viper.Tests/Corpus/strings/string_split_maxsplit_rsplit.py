# split/rsplit with explicit separators, maxsplit limits and keyword arguments.
s = 'a,b,,c,'
for n in [-5, -1, 0, 1, 2, 3, 4, 10]:
    print(n, s.split(',', n), s.rsplit(',', n))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1))
print('aaaa'.split('aa'), 'aaaaa'.rsplit('aa'), 'aaaaa'.split('aa'))
print('x'.split('x', 1), ''.rsplit('x'), ''.split('x', 0))
print('k=v=w'.split(sep='=', maxsplit=1))
print('k=v=w'.rsplit(maxsplit=1, sep='='))
print('k=v=w'.split('=', maxsplit=0))
print('a b  c'.split(sep=None))
print('a b  c'.rsplit(None, 1))
print('a b  c'.split(maxsplit=1))
print('one two three'.rsplit(maxsplit=1))
print('ab'.split(sep='ab'), 'abab'.rsplit('ab'))
print('日本,語,😀'.split(','), '日本,語,😀'.rsplit(',', 1))
print(len('a,b'.split(',')[0]), len('😀,😁'.rsplit(',')[1]))
