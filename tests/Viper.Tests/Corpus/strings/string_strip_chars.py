# strip/lstrip/rstrip: chars is a set, None means whitespace (Unicode whitespace included).
s = '\x1c\xa0 \t hi there \u3000\x85\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr(s.strip(None)), repr(s.lstrip(None)), repr(s.rstrip(None)))
print(repr('www.example.com'.strip('cmowz.')), repr('www.example.com'.lstrip('w.')), repr('www.example.com'.rstrip('moc.')))
print(repr('aaa'.strip('a')), repr('aaa'.lstrip('a')), repr(''.strip('a')), repr('abc'.strip('')))
print(repr('  x  '.strip(' ')), repr('  x  '.strip('x')), repr('\u200bx\u200b'.strip()))
print(repr('😀x😀'.strip('😀')), repr('😀😁x😁'.lstrip('😁😀')), repr('x😀😁'.rstrip('😀')))
print(repr('12321'.strip('12')), repr('12321'.rstrip('1')), repr('12321'.lstrip('21')))
print(repr('\r\n'.strip()), repr('a\r\n'.rstrip('\n')), repr('a\r\n'.rstrip('\r\n')))
