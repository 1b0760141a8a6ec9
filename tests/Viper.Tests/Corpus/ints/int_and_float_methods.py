# The numeric methods: int.bit_length/bit_count/conjugate/as_integer_ratio (also on bools and big
# ints) and float.is_integer/as_integer_ratio/conjugate, including subnormals and signed zeros.
for n in [0, 1, -1, 5, -5, 255, -256, 2 ** 63 - 1, -2 ** 63, 2 ** 100, -(2 ** 100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
print(type(True.conjugate()), type(True.as_integer_ratio()[0]))
for x in [0.0, -0.0, 0.5, -0.75, 2.0, 1e300, 5e-324, 2.2250738585072014e-308, 0.1, -123.456, 1e16]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.conjugate())
m = (3).bit_length
print(m(), int.bit_length(1024), float.is_integer(3.0))
