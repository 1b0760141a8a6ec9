# Big ints with an inline int under * // % >> &, which run on the big int's limbs, and every way
# out of that path: zero divisors, negative shift counts and masks, bools, floats, big second
# operands, int subclasses with and without their own operators, results that shrink back into
# 64 bits, ints made by ** (which get their limbs on first use), and loops whose operand types change.
EDGES = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, 2**31, 2**32 - 1, 2**32, 2**32 + 1, -(2**32) - 1,
         2**62, 2**63 - 1, -(2**63), -(2**63) + 1, 12345678901234567]
BIGS = [2**63, -(2**63) - 1, 2**64 - 1, 2**64, -(2**64), 2**64 + 1, 10**30, -(10**30), 3**200,
        -(3**200), 2**128 - 1, 2**128, -(2**128) + 1, 7**90 * 11]


def limbs(x):
    # A sum runs on limbs, so the result holds them whatever x held.
    return (x + 2**70) - 2**70


def table(op, name):
    checksum = 0
    shown = []
    for x in BIGS:
        for y in EDGES:
            for big in (x, limbs(x)):
                try:
                    r = op(big, y)
                except Exception as e:
                    r = type(e).__name__ + ": " + str(e)
                shown.append(r)
    for r in shown:
        for c in repr(r):
            checksum = (checksum * 131 + ord(c)) % (2**61 - 1)
    print(name, len(shown), checksum)
    print(" ", shown[:3], shown[-3:])


table(lambda x, y: x * y, "x * y")
table(lambda x, y: y * x, "y * x")
table(lambda x, y: x // y, "x // y")
table(lambda x, y: x % y, "x % y")
table(lambda x, y: divmod(x, y), "divmod")
table(lambda x, y: x >> (y % 300) if y >= 0 else x >> y, "x >> y")
table(lambda x, y: x & y, "x & y")

# Zero divisors, negative counts, errors from the general path.
for expr in ("BIGS[0] // 0", "BIGS[1] % 0", "limbs(BIGS[2]) // 0", "limbs(BIGS[3]) % 0", "BIGS[4] >> -1",
             "limbs(BIGS[5]) >> -3", "BIGS[6] * 'ab'[:0]", "BIGS[8] // None", "limbs(BIGS[9]) % []"):
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

# Shifts past the bit length, and rounding of negative ints that lose bits.
for x in (2**100, -(2**100), -(2**100) - 1, 2**100 + 1, -(2**64)):
    x = limbs(x)
    print(x >> 99, x >> 100, x >> 101, x >> 1000, x >> 64, x >> 63, x >> 0 == x, x >> 10**20)

# Negative masks and big masks go through two's complement.
x = limbs(-(3**100))
print(x & 255, x & -256 == x - (x & 255), x & (2**70 - 1), limbs(3**100) & -1 == 3**100)

# Bools, floats and big second operands.
b = limbs(10**25)
print(b * True, b * False, b // True, b % True, b >> True, b & True)
print(b * 1.5, b // 2.0, b % 2.5, b * 0.0, 2.0 * b)
print(b * b, b // (10**20), b % (10**20 + 7), b >> (2**70 - 2**70 + 3))
print(-b // 3, -b % 3, b // -3, b % -3, -b // -3, -b % -3)
print(-b * 0, (-b * 0) == 0, str(-b * 0))


class Plain(int):
    pass


class Loud(int):
    def __mul__(self, other):
        return ("Loud.__mul__", int(self) % 1000, other)

    def __rmul__(self, other):
        return ("Loud.__rmul__", other % 1000, int(self))

    def __floordiv__(self, other):
        return "Loud.__floordiv__"

    def __mod__(self, other):
        return "Loud.__mod__"

    def __rshift__(self, other):
        return "Loud.__rshift__"

    def __and__(self, other):
        return "Loud.__and__"


p = Plain(10**30)
print(p * 3, type(p * 3).__name__, p // 7, p % 7, p >> 3, p & 255, 3 * p)
q = Loud(10**30)
print(q * 3, 3 * q, q // 7, q % 7, q >> 3, q & 255)
print(limbs(10**30) * Plain(3), type(limbs(10**30) * Plain(3)).__name__, limbs(10**30) * Loud(3))
print(limbs(10**30) // Plain(7), limbs(10**30) % Plain(7), limbs(10**30) >> Plain(3))

# Results back inside 64 bits are plain ints again.
for r in (limbs(2**64) // 2**32, limbs(2**64 + 5) % 7, limbs(2**70) >> 10, limbs(2**64) * 1 // 2,
          limbs(-(2**63)) // 1, limbs(2**63) // -1, limbs(-(2**64)) >> 1):
    print(r, type(r).__name__, r + 1 - 1 == r, hash(r) == hash(int(str(r))))

# Ints made by ** meet +, <, == and hash: the same values as ints made by sums.
p3 = 3**300
s3 = limbs(3**300)
d = {p3: "power"}
print(d[s3], s3 in d, p3 == s3, p3 < s3 + 1, hash(p3) == hash(s3), p3 + 1 == s3 + 1, p3 - s3)
keys = {3**200 + i: i for i in range(5)}
print(sorted(keys.values()), (3**200 + 3) in keys, keys[limbs(3**200) + 4])
print((p3 * 2**20 + 5) % (2**61 - 1), (p3 + 7) * (p3 - 7) == p3 * p3 - 49)

# Huge values.
huge = 10**5000
print((huge * 3).bit_length(), (huge * 3) // 7 % 1000, huge % 997, (huge >> 4000).bit_length(),
      (huge * -3) % 1000, ((huge + 1) * 12345678901234567) % (2**64 + 13))


def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def horner(n):
    acc = 0
    for i in range(n):
        acc = acc * 3 + i
    return acc


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(digit_sum(7**1500), digit_sum(-(7**300) * -1), horner(500) % 10**9, collatz(3**120 + 1))


def changing(values):
    out = []
    acc = 2**80
    for v in values:
        acc = acc * v
        out.append((acc % 1000, acc // 10**20 % 1000 if not isinstance(acc, tuple) else None))
        acc = limbs(2**80) if not isinstance(acc, (int, float)) or isinstance(acc, bool) else acc
    return out


print(changing([3, 2**64, 1.5, True, Plain(5), -1, 0, 7]))


def factorials(n):
    f = 1
    total = 0
    for i in range(1, n):
        f *= i
        total += f
        f >>= 0
        f &= (1 << 4000) - 1
    return total % 10**12


print(factorials(400))
