# split with an explicit None separator behaves like split() (whitespace runs).
print('a b  c d'.split(None))
print('a b  c d'.split(None, 1))
print('  a b c  '.split(None, 1))
print('  a b c  '.split(None, 0))
print('a\tb\nc'.split(None, -1))
