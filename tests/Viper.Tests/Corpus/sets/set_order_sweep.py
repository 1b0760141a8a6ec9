# Iteration order under random adds, discards, pops and algebra: Viper's table must evolve exactly
# as CPython's does (ints hash to themselves, so the order is deterministic).
seed = 2024
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
a = set()
b = {7, 77, 777}
for step in range(600):
    op = rand(10)
    v = rand(300) - 50
    if op < 4:
        a.add(v)
    elif op < 6:
        a.discard(v)
    elif op == 6 and a:
        a.pop()
    elif op == 7:
        b.add(v * 3)
    elif op == 8:
        c = (a | b) if rand(2) else (a ^ b)
        if rand(2):
            c -= a
        else:
            c &= b
        if step % 25 == 0:
            print("c", c)
    else:
        b = b - a if rand(2) else a.intersection(b, range(-50, 100))
    if step % 20 == 0:
        print(step, a, b)
print(a, b, a | b, a & b, a - b, b - a, a ^ b)
print(frozenset(a) | b, set(list(a)), set(tuple(b)), sorted(a), len(a))
x = set(range(2000))
for k in range(0, 2000, 3):
    x.discard(k)
for k in range(5000, 5100):
    x.add(k)
y = set()
for k in x:
    if k % 7 == 0:
        y.add(k)
print(len(x), y)
print(set({100: 1, 3: 2, 64: 3, 2**63: 4}), {3.5, 1.5, 2.0, -0.0}, {1 << 62, -(1 << 62), 12345678901234567})
