# Unboxed ints meeting floats in compiled code: the int is converted to the nearest double first.
def mix(n):
    t = 0.0
    for i in range(n):
        t = t + i * 0.25
        t = t - 0.5 * i
        y = 2.5 + i
        z = i - 1.5
        t = t + y * z
    return t


def rounding(k):
    q = k + 0
    return q * 1.0, 1.0 * q, q + 0.5, q - 0.0, 0.0 - q, q * -0.5


for k in range(40):
    mix(3)
    rounding(k)
print(mix(10), mix(1000))
for k in (2 ** 53 + 1, 2 ** 53 + 3, -(2 ** 53) - 1, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, 7):
    print(k, rounding(k))
