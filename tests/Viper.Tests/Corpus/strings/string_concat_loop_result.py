# Strings built by repeated concatenation behave like any other str.
s = ''
for i in range(500):
    s += 'ab'
print(len(s))
print(s[0], s[1], s[999], s[-1], s[-2], s[500])
print(type(s))
print(s == 'ab' * 500, s != 'ab' * 500)
print(hash(s) == hash('ab' * 500))
print(s < 'ab' * 500 + 'a', s > 'ab' * 499)
print(s.count('ab'), s.count('ba'), s.find('ba'), s.rfind('ab'))
print(s.upper() == 'AB' * 500)
print(s.startswith('abab'), s.endswith('bab'), 'ba' in s, 'aa' in s)
print(len(s.split('b')), s.replace('ab', 'c') == 'c' * 500)
print(repr(s) == "'" + 'ab' * 500 + "'")
print(str(s) == s, s.strip('a') == 'b' + 'ab' * 499)

# As dict keys, both ways round.
d = {}
key = ''
for c in 'dictionary-key-built-one-character-at-a-time-and-long-enough-to-matter':
    key += c
d[key] = 1
print(d['dictionary-key-built-one-character-at-a-time-and-long-enough-to-matter'])
literal = {'dictionary-key-built-one-character-at-a-time-and-long-enough-to-matter': 2}
print(literal[key], key in literal, key in d)
key += '!'
print(key in d, len(d))
d[key] = 3
print(len(d), d[key])

# Hashing a value, then growing it, then hashing again.
s = 'h' * 64
h1 = hash(s)
s += 'h'
print(h1 == hash('h' * 64), hash(s) == hash('h' * 65))

# Building with + (not +=) in a loop, and prepending (always copies).
s = ''
for i in range(100):
    s = s + str(i % 10)
print(s)
p = ''
for i in range(100):
    p = str(i % 10) + p
print(p)
print(len(s), len(p), s == p)

# Join, iteration and membership over a built string.
s = ''
for i in range(70):
    s += chr(ord('a') + i % 26)
print(s)
print('-'.join(s) == '-'.join('abcdefghijklmnopqrstuvwxyz' * 2 + 'abcdefghijklmnopqr'))
n = 0
for c in s:
    if c == 'z':
        n += 1
print(n)
print(sorted(s)[0], sorted(s)[-1], max(s), min(s))
print(list(reversed(s))[0])
print(s.index('xyz'), s.split('z'))

# Interleave reads and appends.
s = 'r' * 60
for i in range(10):
    s += str(i)
    print(len(s), s[-1], s.endswith(str(i)))
print(s)

# Empty operands.
s = 'e' * 70
print(s + '' == s, '' + s == s, len(s + ''))
e = ''
e += ''
print(repr(e), len(e))
