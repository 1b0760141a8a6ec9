# Full Unicode case mappings: one character may become several, and sigma depends on context.
words = ['straße', 'ﬁne', 'ﬂoß', 'İstanbul', 'ǆemal', 'ǅ', 'ŉ', 'ΐ', 'ﬀ', 'Ϊ́', 'ᾳ', 'ᾼ', 'ﬓ', 'µ', 'ÿ', 'ı', 'ſ', 'K']
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()), len(w.lower()))
print(len('İ'.lower()), repr('İ'.lower()), 'İ'.lower() == 'i\u0307')
print('ΣΑΣ'.lower(), 'ΟΔΟΣ ΟΔΟΣ.'.lower(), 'Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣΑ'.lower())
print('ΑΣ\'Α'.lower(), 'Α\'Σ'.lower(), 'Α.Σ'.lower(), '1Σ'.lower(), 'ΑΣ1'.lower(), 'ΑΣ\u0301'.lower())
print('ΑΣ'.capitalize(), 'σας'.title(), 'ΑΣ ΑΣ'.swapcase(), 'ΑΣ'.casefold())
print('hello world'.title(), "they're bill's friends".title(), 'hELLO wORLD'.swapcase())
print('a1b2c3'.title(), 'ABC DEF'.capitalize(), '123abc'.capitalize(), ''.title(), ''.capitalize())
print('ǆ ǅ Ǆ'.title(), 'ǆa'.capitalize(), 'ß'.title(), 'ßa'.capitalize(), 'ﬁx'.title())
print('𝒳'.upper(), '𐐨'.upper(), '𐐀'.lower(), '𞤢'.upper(), len('𐐨'.upper()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ﬁ'.casefold(), 'ẞ'.casefold(), 'ẞ'.lower())
print('ÀÉÎÕÜ'.lower(), 'àéîõü'.upper(), 'Ǳ'.swapcase(), 'ǲ'.swapcase())
