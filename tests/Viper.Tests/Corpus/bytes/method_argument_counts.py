"""Argument-count errors of bytes and bytearray methods in CPython's three wordings: no-argument methods (bytes.upper() takes no arguments), one-argument ones (bytes.join() takes exactly one argument) and parsed ones (find() takes at least 1 argument)."""

tests = ['b"a".find()', 'b"a".find(1,2,3,4)', 'b"a".count()', 'b"a".index()', 'b"a".rfind(1,2,3,4)', 'b"a".rindex()', 'b"a".upper(1)', 'b"a".lower(1,2)', 'b"a".join()', 'b"a".join(1,2)', 'bytearray(b"a").find()', 'bytearray(b"a").upper(1)', 'bytearray(b"a").join()', 'b"a".capitalize(1)', 'b"a".isalpha(1)', 'b"a".title(1)', 'b"a".swapcase(1)', 'b"a".isdigit(1)', 'b"a".count(1,2,3,4)']
for t in tests:
    try: eval(t)
    except TypeError as e: print(t, '->', e)
    except Exception as e: print(t, '->', type(e).__name__, e)
