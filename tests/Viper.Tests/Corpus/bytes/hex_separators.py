"""bytes.hex(sep, bytes_per_sep): a one-character ASCII separator (str or bytes) between groups counted from the right, or from the left for a negative size; its checks in CPython's order and wording."""

def attempt(f):
    try:
        return repr(f())
    except Exception as error:
        return type(error).__name__ + ": " + str(error)

b = b"\x01\x02\x03\x04\x05"
cases = [
    lambda: b.hex(), lambda: b.hex(":"), lambda: b.hex(":", 2), lambda: b.hex(":", -2), lambda: b.hex(b"-", 1),
    lambda: b.hex(":", 0), lambda: b.hex("::"), lambda: b.hex(1), lambda: b.hex("é"), lambda: b.hex(":", "a"),
    lambda: b.hex(":", 10**20), lambda: b"".hex(":"), lambda: b"".hex("::"), lambda: b"".hex(1),
    lambda: b.hex(sep=":", bytes_per_sep=3), lambda: b.hex(":", 9), lambda: b.hex(":", 5), lambda: b.hex(":", 4),
    lambda: bytearray(b).hex("|", -1), lambda: b.hex(None), lambda: b.hex(":", 2, 3), lambda: b"a".hex(x=1),
    lambda: b"a".hex(":", sep=":"), lambda: b"ab".hex(bytes_per_sep=1), lambda: b"ab".hex([1]),
    lambda: b"ab".hex([1, 2]), lambda: b"ab".hex(b"\xff"), lambda: b"ab".hex(bytearray(b"-")),
    lambda: b"abc".hex(":", 2**31), lambda: b"abc".hex(":", True), lambda: b"abc".hex(":", -(2**31)),
    lambda: b"abcdefg".hex(" ", -3), lambda: b"abcdefg".hex(" ", 3), lambda: b"ab".hex("\U0001F600"),
]
for case in cases:
    print(attempt(case))
