# find/rfind/index/rindex with start and end: negative, None, past the end, and empty needles.
s = 'abcabcabc'
print(s.find('b'), s.rfind('b'), s.index('c'), s.rindex('c'))
for start in [None, -100, -4, -1, 0, 1, 4, 8, 9, 10, 100]:
    print(start, s.find('abc', start), s.rfind('abc', start), s.find('', start), s.rfind('', start))
for end in [None, -100, -7, -1, 0, 3, 5, 9, 100]:
    print(end, s.find('abc', 0, end), s.rfind('abc', 0, end), s.find('c', None, end), s.rfind('', None, end))
print(s.find('abc', 2, 5), s.find('abc', 3, 6), s.rfind('abc', -6, -3), s.index('abc', -3))
print(s.find('x'), s.rfind('x'), s.find('abcabcabcd'), ''.find(''), ''.rfind(''), ''.find('', 1))
print(s.find('a', True), s.find('a', False, True), s.find('b', 4, 3))
print(s.find('c', 2**70), s.rfind('c', -2**70), s.find('c', -2**70, 2**70))
print('a😀b😀c'.find('b'), 'a😀b😀c'.rfind('😀'), 'a😀b😀c'.index('c', -1), 'a😀b😀c'.find('😀', 2))
print('a😀b😀c'.rindex('😀', 0, 3), 'a😀b😀c'.find('', 5), 'a😀b😀c'.find('', 6))
