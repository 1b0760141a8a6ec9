# bytes() and bytearray() from nothing, a size, an iterable, a str with an encoding, and bytes.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (ValueError, TypeError, LookupError) as e:
        print(label, "->", type(e).__name__, e)


for make in (bytes, bytearray):
    print(make.__name__)
    attempt("empty", lambda: make())
    attempt("size", lambda: make(3))
    attempt("zero", lambda: make(0))
    attempt("bool", lambda: make(True))
    attempt("list", lambda: make([104, 105, 0, 255]))
    attempt("tuple", lambda: make((1, 2)))
    attempt("range", lambda: make(range(65, 70)))
    attempt("bytes", lambda: make(b"abc"))
    attempt("bytearray", lambda: make(bytearray(b"xyz")))
    attempt("generator-free iterable", lambda: make({7: "a"}))
    attempt("str utf-8", lambda: make("é€", "utf-8"))
    attempt("str latin-1", lambda: make("é", "latin-1"))
    attempt("str keywords", lambda: make("ab", encoding="ascii"))
    attempt("str errors", lambda: make("aéb", "ascii", "replace"))
    attempt("str source keyword", lambda: make(source="x", encoding="ascii"))
    attempt("negative", lambda: make(-1))
    attempt("str without encoding", lambda: make("abc"))
    attempt("encoding without str", lambda: make(1, "utf-8"))
    attempt("encoding alone", lambda: make(encoding="utf-8"))
    attempt("errors without str", lambda: make(b"a", errors="strict"))
    attempt("out of range", lambda: make([1, 256]))
    attempt("negative item", lambda: make([-1]))
    attempt("big item", lambda: make([2 ** 80]))
    attempt("not int item", lambda: make([1, "a"]))
    attempt("float item", lambda: make([1.0]))
    attempt("float", lambda: make(1.5))
    attempt("None", lambda: make(None))
    attempt("unknown encoding", lambda: make("a", "nope"))
    attempt("encode error", lambda: make("é", "ascii"))
    attempt("too many", lambda: make("a", "ascii", "strict", 1))
    attempt("bad keyword", lambda: make(x=1))

b = b"same"
print(bytes(b) is b, bytearray(b) == b, bytearray(b) is b)
a = bytearray(b"abc")
c = bytearray(a)
c.append(100)
print(a, c)
print(bytes(a), type(bytes(a)).__name__)

# Sizes that cannot be allocated, and str() decoding bytes.
for label, f in [("huge size", lambda: bytes(2 ** 100)), ("too big", lambda: bytes(10 ** 12)),
                 ("too big bytearray", lambda: bytearray(10 ** 12)),
                 ("str decode", lambda: str(b"caf\xc3\xa9", "utf-8")),
                 ("str decode replace", lambda: str(b"\xff!", "utf-8", "replace")),
                 ("str decode bytearray", lambda: str(bytearray(b"hi"), "ascii")),
                 ("str decode str", lambda: str("a", "ascii")),
                 ("str decode int", lambda: str(1, "ascii")),
                 ("str bad encoding type", lambda: str(b"a", 1)),
                 ("str too many", lambda: str(b"a", "ascii", "strict", 1)),
                 ("str decode error", lambda: str(b"\xff", "utf-8"))]:
    try:
        print(label, "->", repr(f()))
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        print(label, "->", type(e).__name__, e)
