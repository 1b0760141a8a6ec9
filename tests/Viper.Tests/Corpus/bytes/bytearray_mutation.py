# Changing a bytearray in place, and the errors for values that are not bytes.
def attempt(label, f):
    b = bytearray(b"abc")
    try:
        result = f(b)
        print(label, "->", b, "" if result is None else repr(result))
    except (ValueError, TypeError, IndexError) as e:
        print(label, "->", type(e).__name__, e, b)


def set_item(b, key, value):
    b[key] = value


def del_item(b, key):
    del b[key]


attempt("set", lambda b: set_item(b, 0, 65))
attempt("set negative", lambda b: set_item(b, -1, 0))
attempt("set 256", lambda b: set_item(b, 0, 256))
attempt("set -1", lambda b: set_item(b, 0, -1))
attempt("set str", lambda b: set_item(b, 0, "a"))
attempt("set bytes", lambda b: set_item(b, 0, b"a"))
attempt("set out of range", lambda b: set_item(b, 5, 1))
attempt("set slice", lambda b: set_item(b, slice(0, 2), b"XYZ"))
attempt("set slice list", lambda b: set_item(b, slice(1, None), [1, 2]))
attempt("set slice empty", lambda b: set_item(b, slice(1, 1), bytearray(b"--")))
attempt("set slice self", lambda b: set_item(b, slice(None), b))
attempt("set slice 300", lambda b: set_item(b, slice(0, 1), [300]))
attempt("set slice int", lambda b: set_item(b, slice(0, 1), 5))
attempt("set slice str", lambda b: set_item(b, slice(0, 1), "s"))
attempt("set extended", lambda b: set_item(b, slice(None, None, 2), b"XY"))
attempt("set extended wrong size", lambda b: set_item(b, slice(0, 3, 2), b"x"))
attempt("del", lambda b: del_item(b, 0))
attempt("del negative", lambda b: del_item(b, -1))
attempt("del out of range", lambda b: del_item(b, 7))
attempt("del slice", lambda b: del_item(b, slice(0, 2)))
attempt("del extended", lambda b: del_item(b, slice(None, None, 2)))
attempt("append", lambda b: b.append(100))
attempt("append 256", lambda b: b.append(256))
attempt("append str", lambda b: b.append("d"))
attempt("append float", lambda b: b.append(1.0))
attempt("extend", lambda b: b.extend(b"de"))
attempt("extend list", lambda b: b.extend([1, 2]))
attempt("extend range", lambda b: b.extend(range(3)))
attempt("extend bad item", lambda b: b.extend([1, 256]))
attempt("extend int", lambda b: b.extend(5))
attempt("insert", lambda b: b.insert(1, 88))
attempt("insert end", lambda b: b.insert(100, 88))
attempt("insert negative", lambda b: b.insert(-1, 88))
attempt("insert 300", lambda b: b.insert(0, 300))
attempt("pop", lambda b: b.pop())
attempt("pop first", lambda b: b.pop(0))
attempt("pop out of range", lambda b: b.pop(10))
attempt("pop empty", lambda b: bytearray().pop())
attempt("remove", lambda b: b.remove(98))
attempt("remove missing", lambda b: b.remove(120))
attempt("remove 300", lambda b: b.remove(300))
attempt("clear", lambda b: b.clear())
attempt("reverse", lambda b: b.reverse())
attempt("copy", lambda b: b.copy())

b = bytearray(b"ab")
alias = b
b += b"cd"
b += bytearray(b"e")
print(b, alias, b is alias)
b *= 2
print(b, alias is b)
try:
    b += "x"
except TypeError as e:
    print(type(e).__name__, e)

frozen = b"ab"
before = frozen
frozen += b"cd"
print(frozen, before, frozen is before)

try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
