# count is non-overlapping; the empty string is counted between every pair of characters.
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), 'ababab'.count('aba'))
print('abc'.count(''), ''.count(''), ''.count('a'), '😀😀'.count(''))
print('abc'.count('', 1), 'abc'.count('', 3), 'abc'.count('', 4), 'abc'.count('', -1))
print('abc'.count('', 2, 1), 'abc'.count('', 0, 0), 'abc'.count('', None, None))
s = 'the cat sat on the mat'
print(s.count('at'), s.count('at', 6), s.count('at', 6, -4), s.count('the', -100, 100))
print(s.count('t', -3), s.count(' '), s.count('xyz'), s.count(s), s.count(s + '!'))
print('😀a😀a😀'.count('😀'), '😀a😀a😀'.count('a😀', 2), '😀a😀a😀'.count('😀', -1))
