# str.encode and bytes.decode with utf-8, ascii and latin-1, their aliases and error handlers.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


text = "héllo wörld €"
print(text.encode())
print(text.encode("utf-8"))
print(len("é".encode()), len("€".encode()), len("\U0001f600".encode()))
print("\U0001f600".encode())
print("é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))

for name in ["utf-8", "utf8", "UTF-8", "Utf_8", "U8", "ascii", "ASCII", "us-ascii", "latin-1", "latin1", "Latin_1",
             "iso-8859-1", "ISO8859-1", "l1"]:
    print(name, "abc".encode(name), b"abc".decode(name))

print(b"h\xc3\xa9llo".decode())
print(b"h\xc3\xa9llo".decode("utf-8"))
print(b"h\xe9llo".decode("latin-1"))
print(bytes(range(256)).decode("latin-1") == "".join([chr(i) for i in range(256)]))
print("".join([chr(i) for i in range(256)]).encode("latin-1") == bytes(range(256)))
print(b"\xf0\x9f\x98\x80".decode() == "\U0001f600")
text = "a\u0100\u0800\U00010000z"
print(text.encode(), text.encode().decode() == text)

# Keyword arguments.
print("é".encode(encoding="utf-8"), "é".encode(errors="strict"), b"\xff".decode(errors="ignore"))
print("é".encode("ascii", errors="replace"), b"a\xffb".decode(encoding="ascii", errors="replace"))

# Encoding errors.
attempt("ascii é", lambda: "é".encode("ascii"))
attempt("ascii run", lambda: "abéèz".encode("ascii"))
attempt("ascii astral", lambda: "a\U0001f600b".encode("ascii"))
attempt("ascii bmp", lambda: "x\u20acy".encode("ascii"))
attempt("latin-1 euro", lambda: "€".encode("latin-1"))
attempt("latin-1 replace", lambda: "a€€b".encode("latin-1", "replace"))
attempt("latin-1 ignore", lambda: "a€€b".encode("latin-1", "ignore"))
attempt("utf-8 surrogate", lambda: "\ud800".encode("utf-8"))
attempt("utf-8 surrogate replace", lambda: "a\udc80b".encode("utf-8", "replace"))

# Decoding errors.
attempt("invalid start", lambda: b"\xff".decode())
attempt("invalid start later", lambda: b"abc\x80def".decode())
attempt("invalid continuation", lambda: b"\xe2\x82A".decode())
attempt("truncated", lambda: b"\xe2\x82".decode())
attempt("truncated 4", lambda: b"ok\xf0\x9f\x98".decode())
attempt("surrogate bytes", lambda: b"a\xed\xa0\x80".decode())
attempt("overlong", lambda: b"\xc0\xaf".decode())
attempt("too large", lambda: b"\xf4\x90\x80\x80".decode())
attempt("ascii decode", lambda: b"\xe9".decode("ascii"))
attempt("ascii decode later", lambda: b"ab\xff\xfe".decode("ascii"))
attempt("replace", lambda: b"a\xffb\xe2\x82c\xf0\x9f".decode("utf-8", "replace"))
attempt("ignore", lambda: b"a\xffb\xe2\x82c\xf0\x9f".decode("utf-8", "ignore"))
attempt("ascii replace", lambda: b"\x80abc\xff".decode("ascii", "replace"))

# Unknown codecs and handlers; a handler is only looked up when it is needed.
attempt("unknown encoding", lambda: "a".encode("nope"))
attempt("unknown decode", lambda: b"a".decode("klingon"))
attempt("handler unused", lambda: "a".encode("ascii", "nope"))
attempt("handler used", lambda: "é".encode("ascii", "nope"))
attempt("decode handler used", lambda: b"\xff".decode("utf-8", "nope"))
attempt("encoding type", lambda: "a".encode(5))

# The exceptions carry their details, and are UnicodeError and ValueError.
try:
    "xyé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))

try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(e.args)
except ValueError:
    print("not reached")

try:
    b"\xff".decode()
except UnicodeError as e:
    print("caught as UnicodeError:", e)

# The details are attributes too.
try:
    b"ok\xffgo".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "ok€".encode("latin1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
