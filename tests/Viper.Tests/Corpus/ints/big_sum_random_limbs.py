# Big-int sums and differences over random limb patterns (runs of all-ones and zero limbs
# stress the carry lookahead across vector steps), checked as one hash against CPython's.
import random
random.seed(12345)
M = (1 << 64) - 1
def limbs(n, mode):
    v = 0
    for _ in range(n):
        r = random.random()
        if mode == 0: l = random.getrandbits(64)
        elif r < 0.4: l = M
        elif r < 0.6: l = 0
        else: l = random.getrandbits(64)
        v = (v << 64) | l
    return v
h = 0
for t in range(4000):
    a = limbs(random.randint(1, 40), t % 3)
    b = limbs(random.randint(1, 40), (t // 3) % 3)
    if random.random() < 0.3: a = -a
    if random.random() < 0.3: b = -b
    for r in (a + b, a - b, b - a, (a + b) - b):
        h = (h * 1000003 + r) % (1 << 127)
    if (a + b) - b != a: print("mismatch", t)
print(h)
