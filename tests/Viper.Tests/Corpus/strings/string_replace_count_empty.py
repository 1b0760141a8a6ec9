# replace: count limits, negative count, empty old string, empty result.
s = 'one one one'
for n in [-1, 0, 1, 2, 3, 4]:
    print(n, s.replace('one', '1', n))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('', '-', 0), ''.replace('', 'x'))
print(repr(''.replace('', '')), repr(''.replace('a', 'b')), repr('aaa'.replace('a', '')))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('aa', 'b'), 'abab'.replace('ab', 'abab'))
print('😀😀'.replace('', '|'), '😀x😀'.replace('😀', 'y', 1), 'x'.replace('x', '😀😀'))
print('a.b.c'.replace('.', '', -5), 'hello'.replace('l', 'L', True))
print('tab\there'.replace('\t', '    '), 'no match'.replace('zz', 'yy'))
