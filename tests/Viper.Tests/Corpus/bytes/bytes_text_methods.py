# The bytes and bytearray methods that mirror str's: ASCII-only predicates, case and layout,
# partition, rsplit, splitlines, prefixes, translate and expandtabs.
samples = [b"", b"abc", b"ABC", b"Abc Def", b"123", b"a1", b" \t\n", b"hello world", b"\xe9t\xe9", b"Hello World!", b"aBc1 2xY", b"mIxEd_case-words"]
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle())
    print("  ", s.capitalize(), s.swapcase(), s.title())
for s in [b"ab", b"", b"abc"]:
    print(s.center(6), s.center(7, b"*"), s.ljust(5), s.ljust(5, b"-"), s.rjust(5), s.rjust(1), s.center(2))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(5), b"".zfill(3), b"abc".zfill(2), b"-".zfill(3))
print(b"a,b,c".partition(b","), b"a,b,c".rpartition(b","), b"abc".partition(b","), b"abc".rpartition(b","))
print(b"a b  c ".rsplit(), b"a,b,c".rsplit(b",", 1), b"a,b,c".rsplit(b",", maxsplit=0), b"  a  b ".rsplit(None, 1), b"".rsplit(), b"a,,b".rsplit(b","))
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"one\ntwo\r\n".splitlines(True), b"".splitlines(), b"x\x0by\x0cz\x1cw".splitlines(), b"a\n\nb".splitlines(keepends=True))
print(b"prefix-rest".removeprefix(b"prefix-"), b"rest".removeprefix(b"x"), b"file.py".removesuffix(b".py"), b"file".removesuffix(b""))
print(b"a\tb\tc".expandtabs(), b"ab\tc\n\td".expandtabs(4), b"\t".expandtabs(0), b"abc\r\tx".expandtabs(2))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"de"), b"abcdef".translate(None, b"ace"), b"abc".translate(None))
ba = bytearray(b"hello World")
for result in [ba.title(), ba.swapcase(), ba.center(15, b"."), ba.zfill(13), ba.partition(b" "), ba.rsplit(), ba.splitlines(), ba.removeprefix(b"he"), ba.translate(table), ba.expandtabs(), bytearray.maketrans(b"a", b"b")[97:99]]:
    print(type(result).__name__ if not isinstance(result, (tuple, list)) else [type(x).__name__ for x in result], result)
print(ba.isalpha(), ba.islower(), bytearray(b"A").isupper())
print(b"abc".partition(bytearray(b"b")), bytearray(b"abc").partition(b"b"))


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("center str fill", lambda: b"a".center(5, "*"))
attempt("center long fill", lambda: b"a".center(5, b"**"))
attempt("ljust no width", lambda: b"a".ljust())
attempt("ljust float", lambda: b"a".ljust(2.0))
attempt("partition empty", lambda: b"abc".partition(b""))
attempt("partition str", lambda: b"abc".partition("b"))
attempt("rsplit empty", lambda: b"abc".rsplit(b""))
attempt("maketrans unequal", lambda: bytes.maketrans(b"ab", b"c"))
attempt("translate short", lambda: b"abc".translate(b"xyz"))
attempt("translate str", lambda: b"abc".translate(None, "a"))
attempt("removeprefix str", lambda: b"abc".removeprefix("a"))
attempt("isalpha arg", lambda: b"abc".isalpha(1))
attempt("zfill none", lambda: b"1".zfill())
attempt("expandtabs str", lambda: b"a".expandtabs("4"))
