"""int(x, base): CPython checks the base's range (clamped to a machine word) before the type of
x, so a bad base wins over a non-string x, and a huge base is a ValueError, not an OverflowError."""


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


attempt("list, base 1", lambda: int([], 1))
attempt("list, base 37", lambda: int([], 37))
attempt("list, base -1", lambda: int([], -1))
attempt("float, base 2", lambda: int(1.5, 2))
attempt("int, base 10", lambda: int(5, 10))
attempt("str, base 2**70", lambda: int("10", 2**70))
attempt("str, base -(2**70)", lambda: int("10", -(2**70)))
attempt("list, base 2**70", lambda: int([], 2**70))
attempt("str, base '2'", lambda: int("10", "2"))
attempt("str, base 2.0", lambda: int("10", 2.0))
attempt("str, base True", lambda: int("10", True))
attempt("str, base 0", lambda: int("0x1f", 0))
attempt("bytes, base 36", lambda: int(b"zz", 36))
attempt("bytes, base 37", lambda: int(b"zz", 37))
attempt("keyword base", lambda: int("ff", base=16))
attempt("keyword base 1", lambda: int(3.0, base=1))
