# startswith/endswith with tuples of candidates and start/end windows.
s = 'hello world'
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.startswith(()))
print(s.endswith(('ld', 'x')), s.endswith(('world', 'hello')), s.endswith(('',)))
print(s.startswith('world', 6), s.startswith('world', -5), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('hello', None, -6), s.endswith('o', 0, -6), s.endswith('d', -1))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 11), s.endswith('', 12), s.startswith('', 5, 4))
print(''.startswith(''), ''.endswith(''), ''.startswith('a'), 'a'.endswith('ab'))
print(s.startswith('h', None), s.startswith('h', None, None), s.endswith('d', None, 100))
print(s.startswith(('o', 'l'), 4), s.endswith(('o', 'l'), 0, 4), s.startswith(('xx', ''), 99))
print('😀abc'.startswith('a', 1), '😀abc'.endswith('😀', 0, 1), 'ab😀'.endswith(('c', '😀')))
