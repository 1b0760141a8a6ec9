s = 'ab'
print(s + 'c', s * 2, 2 * s, 'b' in s)
print(s == 'ab', s < 'ac', s >= 'ab')
print(s * True, repr(s * False))
print('%' + 'd')
print('x' * 3 + 'y' * 2)
n = 3
print('=' * n + '>' + '-' * (n - 1))
