# split() with no separator splits on every character str.isspace accepts.
def show(s):
    print(repr(s.split()), repr(s.rsplit()), repr(s.split(None, 1)), repr(s.rsplit(None, 1)))

show('a\x1cb\x1dc\x1ed\x1fe')
show('a\x85b\xa0c\u1680d\u2000e')
show('a\u2028b\u2029c\u3000d\u202fe\u205ff')
show('a\u200bb\ufeffc')
show('\t\n\x0b\x0c\r a b \t')
show('  lead and trail  ')
show('   ')
show('')
show('x')
show('  a  b  c  ')
n = 0
words = 'to be   or\tnot\nto be'.split()
while n < len(words):
    print(n, words[n])
    n = n + 1
print('  a  b  c  '.split(None, 0), '  a  b  c  '.rsplit(None, 0))
print('  a  b  c  '.split(None, 2), '  a  b  c  '.rsplit(None, 2))
print('a b'.split(None, -1), 'a b'.rsplit(None, -7))
