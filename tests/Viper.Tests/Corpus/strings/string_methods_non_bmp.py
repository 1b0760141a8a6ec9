# Methods that take or return positions count code points, not UTF-16 units.
s = '😀a😁b😂c'
print(len(s), s.find('b'), s.rfind('😂'), s.index('c'), s.count('😁'), s.find('a', 1, 2), s.find('a', 2))
print(s.split('b'), s.partition('😁'), s.rsplit('😁', 1), s.replace('😁', '-'))
print(s.startswith('a', 1), s.endswith('b', 0, 4), s.upper(), s.lower(), s.title(), s.swapcase())
print(s.center(10, '*'), s.ljust(8, '😀'), s.rjust(7), s.zfill(8), s.isalpha(), s.isprintable(), s.isascii())
print('😀'.isidentifier(), '𝒳y'.isidentifier(), '𝒳'.isalpha(), '𝟘'.isdecimal(), '𝒳'.isupper(), '𐐨'.islower())
print('x\U0001f600y'.split(), '\U0001f600 \U0001f601'.split(), 'a\U0001f600'.strip('a'))
