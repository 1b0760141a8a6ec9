# splitlines breaks on many more characters than '\n', and never yields a trailing empty line.
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print(''.splitlines(), ''.splitlines(True))
print('\n'.splitlines(), '\n'.splitlines(True))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(keepends=1))
print('\r\n\r\n'.splitlines(), '\n\r'.splitlines(), '\n\r'.splitlines(True))
print('no breaks'.splitlines(), 'x\x1fy'.splitlines(), 'x\ty'.splitlines())
print('end\r'.splitlines(keepends=False), 'end\r'.splitlines(keepends=0))
print(len('a\u2028b'.splitlines()))
print('a\nb'.split('\n') == 'a\nb'.splitlines())
print('a\nb\n'.split('\n'), 'a\nb\n'.splitlines())
