# repr, comparisons, hashing, membership, concatenation, repetition, iteration, indexing and slicing.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (ValueError, TypeError, IndexError, MemoryError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)


samples = [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff", b"tab\tnew\nret\r\\",
           bytearray(b"ab'c"), bytearray(), bytearray(b"\xfe")]
for s in samples:
    print(repr(s), str(s), len(s), bool(s))

print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" != b"abd")
print(b"abc" == "abc", b"a" == 97, bytearray() == b"")
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", bytearray(b"a") <= b"a", b"\xff" > b"\x00")
print(sorted([b"b", b"a", b"ab", b""]))
attempt("order with str", lambda: b"a" < "b")
attempt("order with int", lambda: bytearray(b"a") > 1)

print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
attempt("hash bytearray", lambda: hash(bytearray(b"a")))
attempt("bytearray key", lambda: {bytearray(): 1})

print(97 in b"abc", 100 in b"abc", b"bc" in b"abc", b"" in b"abc", bytearray(b"b") in b"abc", b"c" in bytearray(b"abc"))
attempt("str in bytes", lambda: "a" in b"abc")
attempt("big in bytes", lambda: 300 in b"abc")
attempt("negative in bytes", lambda: -1 in bytearray(b"abc"))

print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", bytearray(b"ab") + bytearray(b"cd"))
print(b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1, bytearray(b"z") * 3, 3 * bytearray(b"q"))
attempt("bytes + str", lambda: b"a" + "b")
attempt("bytearray + str", lambda: bytearray(b"a") + "b")
attempt("bytes + int", lambda: b"a" + 1)
attempt("str + bytes", lambda: "a" + b"b")
attempt("bytes * float", lambda: b"a" * 1.5)

print(list(b"hi"), list(bytearray(b"\x00\xff")), [b for b in b"abc" if b > 97], tuple(reversed(b"abc")))
print(sum(b"\x01\x02\x03"), max(b"az"), sorted(b"cab"))

data = b"abcdef"
print(data[0], data[-1], data[2:4], data[::-1], data[::2], data[10:], data[-3:], data[:])
array = bytearray(b"abcdef")
print(array[0], array[-1], array[2:4], array[::-1], array[1::2])
attempt("index", lambda: data[6])
attempt("bytearray index", lambda: array[-7])
attempt("str index", lambda: data["a"])
attempt("bytearray str index", lambda: array["a"])

print(b"\x00\x0f\xab\xff".hex(), b"".hex(), bytearray(b"AB").hex())
print(bytes.fromhex("00 0f ab FF"), bytes.fromhex(""), bytearray.fromhex("6869"), bytes.fromhex(" 61 "))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("fromhex bad", lambda: bytes.fromhex("zz"))
attempt("fromhex bad later", lambda: bytes.fromhex("00 1g"))
print(type(bytearray.fromhex("00")).__name__, type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a")[0:1]).__name__)
print(isinstance(b"", bytes), isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes))
attempt("repeat too big", lambda: b"ab" * 2 ** 62)
attempt("bytearray repeat too big", lambda: bytearray(b"ab") * 2 ** 62)
attempt("join non-iterable", lambda: b"".join(5))
attempt("startswith no argument", lambda: b"a".startswith())
attempt("endswith too many", lambda: b"a".endswith(b"a", 1, 2, 3))
it = iter(b"ab")
print(type(it).__name__, next(it), list(it), type(iter(bytearray())).__name__)


class Right:
    def __radd__(self, other):
        return ("radd", other)


class Plain:
    pass


print(b"a" + Right(), bytearray(b"b") + Right())
attempt("bytes + object", lambda: b"a" + Plain())
