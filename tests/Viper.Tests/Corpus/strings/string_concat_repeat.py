print('ab' + 'cd')
print('' + '' == '')
print('ab' * 3)
print('ab' * 0)
print(repr('ab' * 0))
print(repr('ab' * -2))
print(3 * 'xy')
print('-' * 20)
print(True * 'yes', False * 'no' == '')
s = 'a'
s += 'b'
s *= 3
print(s)
print(len('abc' * 1000))
parts = ''
for c in 'xyz':
    parts = parts + c + c
print(parts)
