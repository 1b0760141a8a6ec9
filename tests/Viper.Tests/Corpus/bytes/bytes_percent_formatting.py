# printf-style formatting of bytes and bytearray: %s/%b take bytes-like objects (or __bytes__),
# %r/%a give the ASCII repr, %c one byte, and the numeric conversions as for str.
class Token:
    def __bytes__(self):
        return b"<token>"


print(b"%d %s" % (5, b"x"), b"%b|%s" % (bytearray(b"z"), Token()), b"%r %a" % ("\xe9", b"x"))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%x %5.2f|%-4s|%4s|%.1s" % (255, 2.5, b"ab", b"cd", b"ef"))
print(b"%(k)s-%(n)d" % {b"k": b"v", b"n": 7}, bytearray(b"%d") % 3, b"100%%" % (), b"%s" % b"single")
print(b"%05d|%+d|%o|%#x|%e|%g" % (42, 3, 8, 255, 12345.678, 0.0001), b"\xff%s" % b"\xfe")


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("str arg", lambda: b"%s" % "x")
attempt("c range", lambda: b"%c" % 256)
attempt("c str", lambda: b"%c" % "A")
attempt("too many", lambda: b"%d" % (1, 2))
attempt("too few", lambda: b"%d %d" % (1,))
attempt("bad char", lambda: b"%z" % 1)
attempt("str b", lambda: "%b" % 1)
attempt("incomplete", lambda: b"%" % ())
attempt("str key", lambda: b"%(k)s" % {"k": b"v"})
attempt("int s", lambda: b"%s" % 5)
