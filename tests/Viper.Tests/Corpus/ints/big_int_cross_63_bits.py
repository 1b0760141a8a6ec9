# Values that cross the signed 64-bit boundary in both directions.
big = 2 ** 63
print(big)
print(big - 1)
print(big + 1)
print(-big)
print(-big - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print((2 ** 64) - (2 ** 64 - 5))
print((2 ** 64) - (2 ** 64))
print(2 ** 64 // 2 ** 62)
print(-(2 ** 63) + 2 ** 63)
x = 9223372036854775807
x += 1
print(x, type(x))
x -= 1
print(x, type(x))
x = -9223372036854775808
x -= 1
print(x)
x += 1
print(x)
print(x == -2 ** 63)
print(2 ** 63 > 2 ** 63 - 1)
print(-2 ** 63 < -2 ** 63 + 1)
print(4294967296 * 4294967296)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(18446744073709551615 + 1)
print(18446744073709551616 - 1)
