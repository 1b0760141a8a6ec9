# Ordering, equality and hashing of ints past 64 bits against small ints,
# floats and each other.
M64 = 2 ** 64
big = [2 ** 63, 2 ** 63 - 1, -2 ** 63, -2 ** 63 - 1, M64, M64 - 1, -M64, -M64 + 1,
       2 ** 100, 2 ** 100 + 1, -2 ** 100, 2 ** 1000, -(2 ** 1000), 0, 1, -1]
for k in range(8):
    x = big[k]
    less = []
    equal = 0
    for y in big:
        less.append(x < y)
        if x == y:
            equal += 1
    print(less, equal)
order = sorted(big)
print(order[0] == -(2 ** 1000), order[1], order[2], order[15] == 2 ** 1000, order[14], sorted(big, reverse=True)[2])
print(max(big) == 2 ** 1000, min(big) == -(2 ** 1000))
print(2 ** 100 + 1 > 2 ** 100, 2 ** 100 - 1 < 2 ** 100, -2 ** 100 - 1 < -2 ** 100)
print(2 ** 64 == 2 ** 64 + 0, 2 ** 64 != 2 ** 64 + 1, 2 ** 64 + 1 - 1 == 2 ** 64)
a = 10 ** 30 + 7
b = 10 ** 30 + 6 + 1
print(a == b, a <= b, a >= b, a < b, a > b)
print(-a < -b + 1, -a > -a - 1, 5 < a, -5 > -a, a > -a, 0 < a, 0 > -a)

# against floats
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(2 ** 64 < float("inf"), -2 ** 64 > float("-inf"), 2 ** 64 == float("nan"))
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 == float("inf"))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 70 + 1 > 2.0 ** 70, 2 ** 70 - 1 < 2.0 ** 70)

# hashes follow CPython's numeric hash (not randomized for ints)
for v in [2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, 2 ** 63, -2 ** 63, 2 ** 64, -2 ** 64 - 1,
          2 ** 100, -2 ** 100, 2 ** 122 - 2 ** 61, (2 ** 61 - 1) * 12345 - 1, 3 ** 300, -(3 ** 300)]:
    print(hash(v), hash(-v), hash(v + 1 - 1) == hash(v))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(-2 ** 70) == hash(-2.0 ** 70))
d = {2 ** 64: "a", 2 ** 100: "b", -2 ** 64: "c", 2 ** 63: "d"}
print(d[2 ** 64 - 1 + 1], d[2.0 ** 100], d[-(2 ** 64)], d[2 ** 62 * 2], 2 ** 64 + 1 in d)
s = {2 ** 70: 1, 2 ** 70 + 0: 2, 2.0 ** 70: 3, 2 ** 71 - 2 ** 70: 4, 2 ** 65: 5}
print(len(s), list(s), s[2 ** 70], 2 ** 65 in s, 2 ** 66 in s)
