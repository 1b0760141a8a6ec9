# Concatenating non-BMP characters counts code points, not UTF-16 units.
s = ''
for i in range(40):
    s += '\U0001F600'
print(len(s))
print(s[0] == '\U0001F600', s[39] == '\U0001F600', s[-1] == '\U0001F600')
s += 'a'
print(len(s), s[40], s[-1], s.find('a'), s.index('a'))
t = s
s += '\U00010348b'
print(len(t), len(s), s[41] == '\U00010348', s[42], t[-1])
print(s.count('\U0001F600'), s.rfind('\U0001F600'))
print(s == '\U0001F600' * 40 + 'a\U00010348b', hash(s) == hash('\U0001F600' * 40 + 'a\U00010348b'))

# Mixing BMP, Latin-1 and astral characters, one at a time.
pieces = ['a', '\xe9', '\u4e2d', '\U0001F40D', 'z']
s = ''
for i in range(50):
    s += pieces[i % 5]
print(len(s))
print(s)
print(s[3] == '\U0001F40D', s[4], s[48] == '\U0001F40D', s[49])
n = 0
for c in s:
    if c == '\U0001F40D':
        n += 1
print(n, s.count('\U0001F40D'))
print(ascii(s[0]), ascii(s[1]), ascii(s[2]), ascii(s[3]))

# Astral prefix first, then BMP appends after the buffer exists.
s = '\U0001F600' * 40
s += 'x' * 30
print(len(s), s[39] == '\U0001F600', s[40], s[69])
print(s.upper()[40], len(s.upper()))
d = {s: 'found'}
built = ''
for i in range(40):
    built += '\U0001F600'
for i in range(30):
    built += 'x'
print(d[built])
