# Addition and subtraction of ints past 64 bits: carries and borrows across limb
# boundaries, mixed signs, and results that shrink back into small ints.
M64 = 2 ** 64
M63 = 2 ** 63
print(M64 - 1 + 1, M64 + M64, M64 - 1 + M64 - 1)
print(2 ** 128 - 1 + 1, 2 ** 128 - (2 ** 128 - 1), 2 ** 256 - 1 - (2 ** 255))
print(-M64 + 1, -M64 - 1, -(M64 - 1) - 1, 1 - M64, -1 - M64)
print(M63 - 1 + 1, M63 + 0, -M63 - 1, -M63 + 0, M63 - M64, M64 - M63)
print(9223372036854775807 + 1, -9223372036854775808 - 1, -9223372036854775808 + -1)
print(18446744073709551615 + 18446744073709551615, 18446744073709551616 - 18446744073709551617)

# results that fit in 64 bits again behave like any small int
small = (2 ** 100 + 5) - 2 ** 100
print(small, type(small), small * 3, small << 2, small.bit_length(), -small)
back = (M63 + 7) - 8
print(back, back + 1, back - back, back == 9223372036854775807, type(back))
edge = -M63 - 5 + 5
print(edge, edge - 1, edge + 1, edge == -9223372036854775808)
zero = 2 ** 200 - 2 ** 200
print(zero, zero == 0, not zero, type(zero))
print(2 ** 200 + (-2 ** 200), -2 ** 200 - (-2 ** 200), (2 ** 130 + 3) + (-2 ** 130))

# a run of carries through every limb, and a borrow back through them
for bits in (64, 128, 192, 256, 320, 1024, 4096):
    ones = 2 ** bits - 1
    up = ones + 1
    print(bits, up == 2 ** bits, up - 1 == ones, (up - 1).bit_length(), (ones + ones) - ones == ones)

# mixed signs of every size combination
values = [0, 1, -1, 5, -5, M63 - 1, -M63, M63, -M63 - 1, M64, -M64, 3 ** 50, -(3 ** 50), 7 ** 90, -(7 ** 90), 2 ** 128 - 1]
checksum = 0
for x in values:
    for y in values:
        s = x + y
        d = x - y
        checksum = (checksum * 31 + s % 1000003 + d % 999983) % 2 ** 61
        if s - y != x or d + y != x or -(x - y) != y - x:
            print("mismatch", x, y)
print(checksum)

# in-place forms and accumulations
total = 0
for k in range(200):
    total += 3 ** k
    total -= 2 ** k
print(total, total % 1000000007, total.bit_length())
acc = 10 ** 40
for k in range(100):
    acc -= 10 ** 38
print(acc, acc == 0, type(acc))
print(sum([2 ** 70, -2 ** 70, 2 ** 65, 1]), sum(range(2 ** 64, 2 ** 64 + 10)))

# Fibonacci and Lucas numbers by repeated addition
a, b = 0, 1
for i in range(1000):
    a, b = b, a + b
print(a % 10 ** 20, len(str(a)), a.bit_length(), b - a - a + a)
l0, l1 = 2, 1
for i in range(500):
    l0, l1 = l1, l0 + l1
print(l0 % 999999937, l1 - l0)

# the same numbers through the operators that are not addition
x = a + b
print(x // 3 ** 40, x % 3 ** 40, (-x) // 3 ** 40, (-x) % 3 ** 40)
print((x * x) % 10 ** 12, x >> 600, (-x) >> 600, (x << 3) - 8 * x)
print((x & 2 ** 80 - 1) == x % 2 ** 80, (-x) & 0xFFFF, x | 1 == x + (1 - x % 2), (x ^ -x) < 0)
print(float(x), x / 10 ** 100, divmod(x, -10 ** 30)[1], pow(x, 3, 10 ** 9 + 7))
print(len(hex(x)), len(oct(-x)), bin(x).count("1"), int(str(x)) == x, int(repr(-x)) == -x, abs(-x) == x)
print(hex(x % 2 ** 100), oct(-x % 8 ** 20), bin(x & 0xFFFFF), str(x % 10 ** 25), repr(-x // 10 ** 180))
