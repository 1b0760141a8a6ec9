# int() of bytes and bytearray, with and without a base, and their errors.
for source in (b"x1", bytearray(b"z"), b" 12 ", b"1_0", b"\xff", b"-7", b"0x1f", b"", bytearray(b" 42\n")):
    try:
        print(repr(source), int(source))
    except ValueError as error:
        print(repr(source), "ValueError:", error)

for source, base in ((b"ff", 16), (bytearray(b"777"), 8), (b"0x1f", 0), (b"12", 1), (b"zz", 36), (b"19", 8), (b"0b101", 0)):
    try:
        print(repr(source), base, int(source, base))
    except ValueError as error:
        print(repr(source), base, "ValueError:", error)

for source in (12, 1.5, [1]):
    try:
        int(source, 10)
    except TypeError as error:
        print(type(source).__name__, "TypeError:", error)

try:
    int(b"1" * 5000)
except ValueError as error:
    print(str(error)[:60])
