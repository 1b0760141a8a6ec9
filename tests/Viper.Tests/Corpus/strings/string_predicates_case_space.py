# isupper/islower/istitle look only at cased characters; isspace, isidentifier, isascii, isprintable.
samples = ['ABC', 'abc', 'Abc', 'ABC1', 'abc1', '123', '', 'ǅ', 'Ǆ', 'ǆ', 'Hello World', 'Hello world', 'HeLLo',
           'ß', 'ẞ', 'ΣΑΣ', 'σας', 'Ab Cd', 'A B', 'A1b', '1A', 'aA', 'ǅa', 'Aǅ', 'ª', 'ʰ', 'Ⅻ', 'ⅻ', 'Ⓐ', 'ⓐ', '𝐀', '𝐚']
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
spaces = [' ', '\t\n\r\x0b\x0c', '\x1c\x1d\x1e\x1f', '\x85', '\xa0', '\u1680', '\u2000\u200a', '\u2028\u2029',
          '\u202f\u205f\u3000', '\u200b', '\ufeff', '\x00', '', 'a ', '\u180e']
for s in spaces:
    print(repr(s), s.isspace(), s.isprintable())
idents = ['abc', '_', '_1', '1a', 'a1', '', 'é', 'ǅ', '℘', '℮', '·', 'a·', 'a-b', 'if', 'ⅷ', '𝒳', '😀', 'a\u0301', '\u0301', 'x\u200c']
for s in idents:
    print(repr(s), s.isidentifier(), s.isascii())
printables = ['abc', '', ' ', '\t', '\n', '\x7f', '\xa0', '\xad', 'é', '\u200b', '\u2028', '😀', '\U000e0001', '\ud800', 'a\x1bb']
for s in printables:
    print(repr(s), s.isprintable(), s.isascii())
print('\x7f'.isascii(), '\x80'.isascii(), ''.isascii(), ''.isprintable(), ''.isspace(), ''.isidentifier())
