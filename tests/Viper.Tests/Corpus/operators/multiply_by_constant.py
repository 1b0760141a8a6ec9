# Multiplication by a literal on the right: small ints, overflow into big ints both signs, floats,
# bools, sequences repeated, and big constants.
x = 2 ** 62
print(x * 2, x * 4, -x * 2, x * -2, (-x) * -2)
y = 3037000500
print(y * 3037000500, y * -3037000500)
s = "ab"
print(s * 3, [1, 2] * 2, (1,) * 3, s * 0, s * -1)
print(1.5 * 2, 3 * 1.5, True * 2, False * 7)
z = 7
print(z * 0.5, z * 10 ** 20, z * 1e308, z * -0.0)
w = 0
for i in range(5):
    w = w + i * 3
print(w)
f = 1.0
for i in range(3):
    f = f * 1.5
print(f)
