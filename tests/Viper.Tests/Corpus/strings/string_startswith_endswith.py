s = 'hello.py'
print(s.startswith('he'), s.startswith('py'))
print(s.endswith('.py'), s.endswith('.txt'))
print(s.startswith(''), s.endswith(''))
print(s.startswith(('x', 'h')), s.endswith(('.txt', '.py')))
print(s.startswith(('x', 'y')))
print(s.startswith('llo', 2), s.startswith('llo', 3))
print(''.startswith(''), ''.startswith('a'))
print('abc'.endswith('abc'), 'abc'.endswith('xabc'))
