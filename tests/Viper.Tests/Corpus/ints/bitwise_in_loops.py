# Bitwise operators on ints inside loops (where the VM computes them inline), on negatives, bools
# (which stay bools), big ints and mixed big/small operands.
def mix(n):
    x = 0
    a = 0
    o = 0
    for i in range(n):
        for j in range(n):
            x += i ^ j
            a += i & j
            o += i | j
    return x, a, o


print(mix(20))
print(-5 ^ 3, -5 & 3, -5 | 3, 7 ^ -1)
print(True ^ False, True & True, False | False, True ^ 1)
big = 2 ** 70
print(big ^ 1, big & (big - 1), big | 5, -big ^ 3)
v = 0
for k in range(64):
    v ^= 1 << k
print(v, v & 0xFF, v | -1)
m = 6
m &= 3
m |= 8
m ^= 15
print(m)
