# The common methods of bytes and bytearray (a bytearray's results are bytearrays).
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


for kind in (bytes, bytearray):
    s = kind(b"  Hello, World!  ")
    print(kind.__name__)
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b" !H"), kind(b"xxhixx").strip(b"x"))
    print(s.upper(), s.lower(), kind(b"\xe9A").lower())
    print(kind(b"a,b,,c").split(b","), kind(b"a b  c\n").split(), kind(b"a,b,c").split(b",", 1))
    print(kind(b"  a b c  ").split(None, 1), kind(b"").split(), kind(b"").split(b","), kind(b"abc").split(b"abc"))
    print(kind(b", ").join([b"a", bytearray(b"b"), b"c"]), kind(b"").join([]), kind(b"-").join(iter([kind(b"x")])))
    print(s.startswith(b"  H"), s.endswith(b"!  "), s.startswith((b"x", b" ")), s.startswith(b"H", 2), s.endswith(b"o", 0, 7))
    print(s.find(b"o"), s.find(b"o", 7), s.find(b"zz"), s.rfind(b"o"), s.find(111), s.index(b"W"), s.rindex(b"l"))
    print(s.count(b"l"), s.count(b"l", 5), s.count(108), kind(b"aaaa").count(b"aa"), kind(b"abc").count(b""))
    print(s.replace(b"l", b"L"), s.replace(b"l", b"", 2), kind(b"abc").replace(b"", b"-"), kind(b"aaa").replace(b"a", b"bb", 1))
    print(kind(b"caf\xc3\xa9").decode(), kind(b"abc").decode("ascii"))
    print(type(s.strip()).__name__, type(s.split()[0]).__name__, type(s.replace(b"a", b"b")).__name__)

attempt("index missing", lambda: b"abc".index(b"z"))
attempt("rindex missing", lambda: bytearray(b"abc").rindex(100))
attempt("find str", lambda: b"abc".find("a"))
attempt("find big", lambda: b"abc".find(1000))
attempt("count str", lambda: b"abc".count("a"))
attempt("split empty", lambda: b"abc".split(b""))
attempt("split str", lambda: b"abc".split("b"))
attempt("replace str", lambda: b"abc".replace("a", "b"))
attempt("join str item", lambda: b"".join([b"a", "b"]))
attempt("startswith str", lambda: b"abc".startswith("a"))
attempt("strip str", lambda: b"abc".strip("a"))
