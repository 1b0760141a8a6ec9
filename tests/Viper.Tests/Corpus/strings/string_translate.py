# translate maps code points through any subscriptable table; a missing key keeps the character.
table = {97: 'A', 98: None, 99: 0x1F600, 100: 'dd', 0x1F600: 'smile'}
print('abcdabcd'.translate(table), 'xyz'.translate(table), ''.translate(table))
print('😀x😀'.translate(table), 'abc'.translate({}), 'abc'.translate([]))
print('abc'.translate('0123456789' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' * 4))
print('a\tb'.translate({9: ' '}), 'yes'.translate({121: True, 101: False}))
vowels = {}
for ch in 'aeiou':
    vowels[ord(ch)] = None
print('programming language'.translate(vowels))
