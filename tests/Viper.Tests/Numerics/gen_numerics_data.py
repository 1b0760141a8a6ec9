#!/usr/bin/env python3
"""Regenerates the CPython-derived expectation tables used by the Numerics tests.

Run with CPython 3.11 from this directory:  python3 gen_numerics_data.py
Every file is JSON-lines (one JSON array per line) so arbitrary strings survive.
Floats are written as float.hex() so they are bit-exact; results that raise are
written as "!TypeName: message".
"""
import json
import math
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
rng = random.Random(20240611)


def write(name, rows):
    with open(f"{HERE}/{name}", "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=True) + "\n")


def err(e):
    return f"!{type(e).__name__}: {e}"


def fhex(x):
    # float.hex loses the sign of nan; nan has no sign in Python output anyway.
    return x.hex() if not math.isnan(x) else "nan"


def try_(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        return err(e)
    if isinstance(r, float):
        return fhex(r)
    if isinstance(r, tuple):
        return [fhex(v) if isinstance(v, float) else str(v) for v in r]
    if isinstance(r, complex):
        return "complex"
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(r)
    finally:
        sys.set_int_max_str_digits(old)


def random_double():
    while True:
        (x,) = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))
        if math.isfinite(x):
            return x


# ---------------------------------------------------------------- float repr
floats = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
          1e16, 1e15, 9999999999999998.0, 1e17, 123456789012345678.0, 1.5e-7, 1e-5, 1e-4, 0.0001234,
          0.00001234, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, -1.7976931348623157e308, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64,
          2.0**-1074, 1e22, 1e23, 1e21, 9.999999999999999e22, 123.456, 100.0, 1e100, 1.5, 0.5,
          12345678.9, 1234567890123456.7, 123456789012345.67, 0.1 + 0.2, 4.35, 9.95, 2.675,
          1e-300, 1e300, 3.141592653589793, 2.718281828459045]
for k in range(-330, 310):
    floats.append(10.0**k if -308 <= k <= 308 else float(f"1e{k}"))
    floats.append(float(f"1.5e{k}"))
    floats.append(float(f"9.87654321e{k}"))
for k in range(-1074, 1024, 7):
    floats.append(2.0**k)
for _ in range(4000):
    floats.append(random_double())
for _ in range(1000):
    floats.append(rng.uniform(-1e6, 1e6))
for _ in range(500):
    floats.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
for _ in range(500):
    floats.append(float(rng.randint(-(2**70), 2**70)))
write("float_repr.jsonl", [[fhex(x), repr(x)] for x in floats])

# ---------------------------------------------------------------- float parse
parse_inputs = ["1", "-1", "+1", "1.", ".5", "-.5", "5.", "1e5", "1E5", "1e+5", "1e-5", "1.e5", ".e5", ".",
                "", " ", "e5", "1e", "1e+", "1e_5", "1e1_0", "1_0.5", "1._5", "1_.5", "_1", "1_", "1__0",
                "1_0_0", "0_0", "00", "007", "0x10", "inf", "-inf", "+inf", "INF", "iNfInItY", "infinity",
                "-Infinity", "infinit", "infinityy", "nan", "-nan", "+NaN", "nAn", "nan1", "in f", " 1.5 ",
                "\t\n1.5\r\v\f", "\u00a01.5\u2003", "\u0661.5", "\u0661\u0662", "1.5x", "1,5", "--1", "+-1",
                "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
                "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "123456789012345678901234567890",
                "1" * 400, "0." + "0" * 400 + "1", "9007199254740993", "9007199254740993.0000000000000001",
                "1_000.000_1e1_0", "1.0e-1_0", " ", "\x1c1\x1f", "1\x00", "\u2028-1\u2029", "1 2",
                "0e0", "-0", "-0.0", "+0e-5", "1e00000000000000000000000005", "1e-9999999999999999999999",
                "1e9999999999999999999999", "0e9999999999999999999999", "٣.١٤", "１２.５", "१२३"]
for _ in range(1000):
    parse_inputs.append(repr(random_double()))
    mant = str(rng.randint(0, 10**rng.randint(1, 25)))
    pos = rng.randint(0, len(mant))
    parse_inputs.append(f"{mant[:pos]}.{mant[pos:]}e{rng.randint(-330, 330)}")


def parse_float(s):
    try:
        return fhex(float(s))
    except ValueError:
        return None


write("float_parse.jsonl", [[s, parse_float(s)] for s in parse_inputs])

# ---------------------------------------------------------------- int parse
int_inputs = [("0", 10), ("-0", 10), ("12", 10), (" 12 ", 10), ("+12", 10), ("-12", 10), ("1_2", 10), ("1__2", 10),
              ("_12", 10), ("12_", 10), ("0x1f", 16), ("0X1F", 16), ("0x_1f", 16), ("0x__1f", 16), ("0x", 16),
              ("0x_", 16), ("0x1f", 0), ("0x_1f", 0), ("0o17", 0), ("0O17", 8), ("0b101", 0), ("0b101", 2),
              ("0B_1_0", 0), ("0b2", 0), ("0b", 0), ("0o", 0), ("010", 0), ("00", 0), ("0_0", 0), ("000", 0),
              ("0", 0), ("-0", 0), ("-010", 0), ("010", 10), ("0x1", 10), ("0b1", 16), ("0b1", 0), ("0x1", 36),
              ("z", 36), ("Z", 36), ("zz", 35), ("10", 2), ("12", 2), ("777", 8), ("778", 8), ("ff", 16),
              ("", 10), (" ", 10), ("-", 10), ("+", 10), ("- 1", 10), ("+-1", 10), ("1 1", 10), ("\u0661\u0662", 10),
              ("\u00a012\u3000", 10), ("１２", 0), ("\x1c12\x1f", 10), ("12\x00", 10), ("9223372036854775807", 10),
              ("9223372036854775808", 10), ("-9223372036854775808", 10), ("-9223372036854775809", 10),
              ("18446744073709551616", 10), ("1" * 300, 10), ("1" * 300, 7), ("f" * 300, 16), ("7" * 300, 8),
              ("1" * 1000, 2), ("z" * 200, 36), ("0o" + "7" * 100, 0), ("-0x" + "F" * 70, 0), ("1e5", 10),
              ("1.0", 10), ("0_7", 0), ("0_1", 0), ("0x1_2_3", 0), ("0_x1", 0), ("١٢٣", 0), ("٠١", 0), ("0" * 50, 0)]
for _ in range(1500):
    base = rng.choice([2, 3, 7, 8, 10, 10, 10, 16, 16, 36, 0])
    n = rng.randint(-(10 ** rng.randint(1, 60)), 10 ** rng.randint(1, 60))
    b = base or rng.choice([2, 8, 10, 16])
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    m, out = abs(n), ""
    while True:
        out = digits[m % b] + out
        m //= b
        if m == 0:
            break
    if rng.random() < 0.3:
        out = out.upper()
    if rng.random() < 0.2 and len(out) > 2:
        p = rng.randint(1, len(out) - 1)
        out = out[:p] + "_" + out[p:]
    prefix = {2: "0b", 8: "0o", 16: "0x"}.get(b, "")
    if base == 0 or (prefix and rng.random() < 0.3):
        out = prefix + out
    s = ("-" if n < 0 else rng.choice(["", "+"])) + out
    if rng.random() < 0.1:
        s = " " + s + "\t"
    int_inputs.append((s, base))


def parse_int(s, base):
    try:
        return str(int(s, base))
    except ValueError:
        return None


write("int_parse.jsonl", [[s, b, parse_int(s, b)] for s, b in int_inputs])
write("int_parse_errors.jsonl", [[s, b, try_(lambda: int(s, b))] for s, b in
                                 [("x" * 300, 10), ("1_", 10), ("abc", 16), ("0x1", 10), (" 0x1 ", 10),
                                  ("'\"", 10), ("1" * 4301, 10), ("1" * 5000, 0), ("1_" * 4300 + "1", 10),
                                  ("-" + "1" * 4301, 10), ("1" * 4301 + "x", 10), ("1" * 4300, 10),
                                  ("z" * 4301, 36), ("f" * 5000, 16), ("1" * 5000, 2), ("7" * 5000, 8),
                                  ("3" * 5000, 4), ("1", 1), ("1", 37), ("1", -1), ("\u20ac", 10)]])
write("float_parse_errors.jsonl", [[s, try_(lambda: float(s))] for s in ["", " x ", "\u20ac", "1_", "'\"", "1.5"]])

# ---------------------------------------------------------------- int math
ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -(2**31), 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1,
        -(2**63), 2**63, -(2**63) - 1, 2**64, 2**64 + 1, 10**20, -(10**20), 10**30 + 7, 2**100, -(2**100) + 1,
        3**100, 10**308, 10**309, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1,
        2**54 + 1, 2**54 + 2, 2**54 + 3, 2**55 + 3, 2**53 + 3, 2**53 - 1, 12345678901234567891]
for _ in range(300):
    bits = rng.choice([8, 30, 52, 53, 54, 62, 63, 64, 65, 100, 200, 1100])
    v = rng.getrandbits(bits)
    ints.append(v if rng.random() < 0.5 else -v)
int_pairs = []
for _ in range(3000):
    a, b = rng.choice(ints), rng.choice(ints)
    int_pairs.append((a, b))
for a in ints[:45]:
    for b in ints[:45]:
        int_pairs.append((a, b))
rows = []
for a, b in int_pairs:
    if b == 0:
        continue
    rows.append([str(a), str(b), str(a // b), str(a % b), try_(lambda: a / b)])
write("int_divmod.jsonl", rows)
write("int_to_float.jsonl", [[str(a), try_(lambda: float(a))] for a in ints])
rows = []
for a in [0, 1, -1, 2, -2, 3, -3, 10, -10, 255, 2**31 - 1, 2**32, -(2**40), 3037000499, 3037000500, -3037000500,
          2**62, -(2**62), 2**63 - 1, -(2**63), 12345678901, 10**20, -(3**50)]:
    for e in [0, 1, 2, 3, 5, 7, 10, 13, 31, 32, 62, 63, 64, 65, 100]:
        if abs(a) > 2**70 and e > 64:
            continue
        rows.append([str(a), str(e), str(a**e)])
write("int_pow.jsonl", rows)
rows = []
for a in [0, 1, -1, 5, -5, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**64 + 3, -(2**64) - 3, 10**30, -(10**30),
          1 << 100, -(1 << 100) + 1]:
    for n in [0, 1, 2, 31, 32, 61, 62, 63, 64, 65, 100, 127, 128, 200]:
        rows.append([str(a), str(n), str(a << n), str(a >> n)])
write("int_shift.jsonl", rows)

rows = []
for a in ints + [10**4299, -(10**4299), 10**4300 - 1, 10**4300, -(10**4300), 2**14284, 2**14285, 7**5000]:
    rows.append([hex(a), try_(lambda: str(a)), hex(a), oct(a), bin(a)])
write("int_format.jsonl", rows)

# ---------------------------------------------------------------- float math
fvals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 5.0, -5.0, 0.1, -0.1, 1.5, -1.5, 2.5, 7.0,
         1e300, -1e300, 1e-300, 5e-324, -5e-324, 1e16, 1e308, -1e308, 0.3, 10.0, -10.0, 1 / 3,
         math.inf, -math.inf, math.nan, 2.0**53, 2.0**-1074, 1.7976931348623157e308, 1024.0, -1025.0, 0.75,
         1e-5, 123.456, -987.654, 4.5, -4.5, 1e22, 6.0]
for _ in range(60):
    fvals.append(rng.uniform(-100, 100))
for _ in range(20):
    fvals.append(random_double())
rows = []
for a in fvals:
    for b in fvals:
        rows.append([fhex(a), fhex(b), try_(lambda: a // b), try_(lambda: a % b), try_(lambda: divmod(a, b)),
                     try_(lambda: a ** b)])
write("float_math.jsonl", rows)
rows = []
cmp_ints = ints + [2**53 + 1, 2**53 - 1, -(2**53 + 1), 2**63 - 1, 2**63, 2**64 - 1, 2**1024, 10**400]
cmp_floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0**53, 2.0**53 + 2, -(2.0**53), 2.0**63, -(2.0**63), 2.0**64,
              1e20, -1e20, 1e30, 1.5, 9.2e18, 1.7976931348623157e308, -1.7976931348623157e308, math.inf,
              -math.inf, math.nan, 12345678901234567891.0, 3.0, 3.5, -3.5, 1e-300]
for i in cmp_ints:
    for f in cmp_floats:
        rows.append([str(i), fhex(f), None if math.isnan(f) else (i > f) - (i < f)])
for _ in range(500):
    f = random_double()
    i = int(f) + rng.choice([-1, 0, 0, 1]) if abs(f) < 1e300 else rng.choice(cmp_ints)
    rows.append([str(i), fhex(f), (i > f) - (i < f)])
write("int_float_compare.jsonl", rows)

# ---------------------------------------------------------------- hash
rows = []
for i in ints + [2**61 - 1, 2**61, 2**61 - 2, -(2**61) + 1, -(2**61), 2**122, 2**64]:
    rows.append(["int", str(i), hash(i)])
for f in floats[:2000]:
    if not math.isnan(f):
        rows.append(["float", fhex(f), hash(f)])
for f in [2.0**64, -(2.0**64), 0.5, -0.5, 1e-300, 2.0**-1074, 2.0**61, 2.0**60, 1.5e300]:
    rows.append(["float", fhex(f), hash(f)])
write("hash.jsonl", rows)

# ---------------------------------------------------------------- str repr
strs = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x01\x1f\x7f",
        "\x80\x9f\xa0\xa1\xad\xff", "caf\u00e9", "\u200b\u200e\u2028\u2029\u3000", "\ufeff\ufffd\uffff",
        "\ue000", "\U0001f600", "a\U0001f600b", "\U000e0001", "\U0010ffff", "\U000f0000", "\u0378",
        "\u4e2d\u6587", "\u0661", "\x1b[0m", " ", "\u00a0", "\u1680", "\u180e", "\u0600", "\U0001d7ce",
        "\U0001f9ff", "\u061c", "\u2066", "\ud7ff", "\U00020000", "\U0002a6df", "\U0003134a"]
for _ in range(300):
    n = rng.randint(0, 12)
    cps = []
    for _ in range(n):
        r = rng.random()
        if r < 0.4:
            cps.append(rng.randint(0, 0x7f))
        elif r < 0.7:
            cps.append(rng.randint(0x80, 0x7ff))
        elif r < 0.9:
            cps.append(rng.randint(0x800, 0xffff))
        else:
            cps.append(rng.randint(0x10000, 0x10ffff))
    s = "".join(chr(c) for c in cps if not 0xd800 <= c <= 0xdfff)
    # Skip code points unassigned in Unicode 14 (.NET may know them).
    if any(unicodedata.category(c) == "Cn" for c in s):
        continue
    strs.append(s)
write("str_repr.jsonl", [[s, repr(s), ascii(s)] for s in strs])

# Printability of every assigned (in CPython's Unicode 14) non-surrogate code point, as
# ranges [first, last] of *non*-printable code points. Cn code points are listed separately.
ranges, cn = [], []
start = None
for cp in range(0x110000 + 1):
    c = chr(cp) if cp < 0x110000 else None
    nonprint = c is not None and not c.isprintable()
    if c is not None and unicodedata.category(c) == "Cn":
        cn.append(cp)
        nonprint = True
    if nonprint and start is None:
        start = cp
    elif not nonprint and start is not None:
        ranges.append([start, cp - 1])
        start = None
write("unicode_nonprintable.jsonl", ranges)
cn_ranges, start, prev = [], None, None
for cp in cn:
    if start is None:
        start = prev = cp
    elif cp == prev + 1:
        prev = cp
    else:
        cn_ranges.append([start, prev])
        start = prev = cp
cn_ranges.append([start, prev])
write("unicode_unassigned.jsonl", cn_ranges)
print("ok")
