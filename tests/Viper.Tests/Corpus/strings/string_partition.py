# partition and rpartition always return a 3-tuple.
for s in ['key=value', 'key=value=more', 'novalue', '=start', 'end=', '', '==']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
print('abc'.partition('abc'), 'abc'.rpartition('abcd'))
print('😀x😀'.partition('x'), '😀x😀'.rpartition('😀'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
print(type('a'.partition('b')), len('a'.rpartition('b')))
