# int() of a string that is no int literal raising ValueError and caught: the literal forms int()
# accepts and the ones it refuses with their messages, the digit limit, str subclasses, bytes and
# explicit bases, int reached through another name, the error's context in a handler, and an
# uncaught one leaving through several frames.
class Text(str):
    pass


class Numeric(str):
    def __int__(self):
        return 99


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        return ("error", str(e))


for text in ("12", " 12 ", "-7", "+3", "1_000", "١٢٣", "", " ", "abc", "12.5", "1__0", "_1", "0x10", "٣x",
             Text("42"), Text("nope"), Numeric("nope"), b"15", "9" * 5000):
    result = parse(text)
    print(repr(text)[:30], result if not isinstance(result, int) or result < 10 ** 20 else "big")

print("bases", [int("z", 36), int("0x1f", 0), int("101", 2)])
for args in (("12", 1), ("g", 16), ("0x", 0)):
    try:
        int(*args)
    except ValueError as e:
        print("base error", e)

convert = int
total = 0
failures = 0
for i in range(600):
    try:
        total += convert(str(i) if i % 3 else "x" + str(i))
    except ValueError:
        failures += 1
print("loop", total, failures)

try:
    try:
        raise KeyError("first")
    except KeyError:
        int("bad")
except ValueError as e:
    print("context", repr(e), repr(e.__context__))


def field(row):
    return int(row.split(",")[1])


def total_of(rows):
    return sum(field(row) for row in rows)


def report(rows):
    try:
        return total_of(rows)
    except ValueError as e:
        return "bad row: " + str(e)


print(report(["a,1", "b,2"]), report(["a,1", "b,two"]))
total_of(["a,1", "b,?"])
