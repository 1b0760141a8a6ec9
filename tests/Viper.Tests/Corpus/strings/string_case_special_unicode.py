# Unicode special casing: these differ from naive per-char mapping.
print('straße'.upper())
print('ǅ'.lower(), 'ǅ'.upper())
print('ΣΑΣ'.lower())
print('İ'.lower(), len('İ'.lower()))
print('ﬁ'.upper())
