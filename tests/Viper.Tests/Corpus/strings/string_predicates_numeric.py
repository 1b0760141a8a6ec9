# isdecimal ⊂ isdigit ⊂ isnumeric, and isalnum accepts any of them or a letter.
samples = ['123', '٣٤٥', '²', '①', '½', 'Ⅻ', '十', '𝟘𝟙', '𑁦', '0x1', '-1', '1.5', ' 1', '', 'abc', 'a1', 'é', 'ǅ', '_', '𝒳', '😀', 'ⅷ', '௰', '¼¾']
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum())
