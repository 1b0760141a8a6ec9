x = 100
x += 5
print(x)
x -= 20
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 10
print(x)
x **= 5
print(x)
x <<= 70
print(x)
x >>= 68
print(x)
x &= 0xF0
print(x)
x |= 0x0F
print(x)
x ^= 0xFF
print(x)
x /= 4
print(x)
y = -7
y //= 2
print(y)
y %= 3
print(y)
z = 2 ** 64
z -= 2 ** 64 - 1
print(z)
