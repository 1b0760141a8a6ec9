# float.hex and float.fromhex: exact, with round-half-even at 53 bits and at the subnormal boundary.
for value in [1.0, -0.0, 0.0, 0.1, 3.5, -2.75, 1e308, 5e-324, 2.2250738585072014e-308, 1 / 3, 1e-310, 123456.789]:
    text = value.hex()
    back = float.fromhex(text)
    print(repr(value), text, repr(back), back == value)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for text in [
    "0x1.8p1", "-0X1P-1074", "inf", "-Infinity", "+nan", "0x.8", "1", "a", "0x1p+3", "0XABCDEFp-20",
    "  0x1.0p0  ", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0",
    "0x1p-1075", "0x1.0000001p-1075", "0x3p-1076", "0x1.fffffffffffffp1023", "0x0.0000000000001p-1022",
    "0x1p-2000", "-0x0p0", "0x10000000000000000000000000p-100", "1.", ".1",
]:
    print(repr(text), repr(float.fromhex(text)))


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


for text in ["0x1p1024", "0x1.fffffffffffff8p1023", "0x1g", ".", "0x", "p1", "0x1p", "0x1p+", "", "0x1_0p0", "in f"]:
    attempt(repr(text), lambda: float.fromhex(text))
attempt("int arg", lambda: float.fromhex(1))
attempt("hex arg", lambda: (1.5).hex(2))


class Money(float):
    pass


class Count(int):
    pass


m = Money.fromhex("0x1.8p1")
print(type(m).__name__, m)
n = Count.from_bytes(b"\x01\x00", "little")
print(type(n).__name__, n)
