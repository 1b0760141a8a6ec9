# hypot, dist and fsum against CPython's exact algorithms, and the libm functions over many inputs.
import math
seed = 99
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
for i in range(150):
    x = (rand() - 0.5) * 10 ** (i % 9 - 3)
    y = (rand() - 0.5) * 10 ** (i % 7 - 2)
    z = rand() * 100
    print(math.hypot(x, y), math.hypot(x, y, z), math.dist((x, y), (z, x)), math.fsum([x, y, z, -x, 1e-9 * y]),
          math.sin(x), math.cos(y), math.atan2(y, x), math.exp(y % 5), math.log(z + 1), math.sqrt(z), math.pow(z, 0.37),
          math.floor(x), math.ceil(y), math.trunc(z), math.fmod(x, 0.7), math.remainder(z, 3.3), math.copysign(z, x))
values = []
for i in range(1000):
    values.append((rand() - 0.5) * 10 ** (i % 30 - 15))
print(math.fsum(values), sum(values), math.prod(values[:20]), math.hypot(values[0], values[1], values[2], values[3], values[4]), math.fsum(values[::-1]))
print(math.factorial(100) % 10**30, math.comb(200, 100) % 10**20, math.perm(50, 10), math.isqrt(10**61 + 12345), math.gcd(2**100, 6**50), math.lcm(2**40, 3**20, 10))
