# Big-int workloads that mix operations: each function is warmed up for a second, then the
# fastest of 25 timed calls is printed in microseconds (the minimum, because this shared machine
# only ever adds time). Run it under python3 and viper and compare the lines.
import time

def horner():
    acc = 0
    for i in range(3000):
        acc = acc * 3 + i
    return acc % 1000

def digits():
    n = 0
    for i in range(3000):
        n = n * 10 + 7
    return n % 1000

def fib():
    a = 0
    b = 1
    for i in range(10000):
        a, b = b, a + b
    return a % 1000000007

def compare_big():
    x = 3 ** 2000
    y = x + 1
    c = 0
    for i in range(20000):
        if x < y:
            c += 1
        if x == y:
            c -= 1
    return c

def negate_abs():
    x = 7 ** 2000
    t = 0
    for i in range(20000):
        t += abs(-x) - x
    return t

def hash_keys():
    d = {}
    x = 5 ** 1000
    for i in range(5000):
        d[x + i] = i
    return len(d)

def collatz_big():
    n = 3 ** 500 + 1
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def factorial_sum():
    f = 1
    s = 0
    for i in range(1, 600):
        f *= i
        s += f
    return s % 1000

def digit_sum():
    n = 7 ** 1500
    n = n + 0
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s

def shift_mask():
    x = 3 ** 1000 + 0
    t = 0
    while x:
        t ^= x & 0xFFFF
        x >>= 5
    return t

def mod_mul_add():
    m = 2 ** 521 - 1
    y = 3 ** 300
    x = 5
    for i in range(3000):
        x = (x * y + i) % m
    return x % 1000

for f in (horner, digits, fib, compare_big, negate_abs, hash_keys, collatz_big, factorial_sum, digit_sum, shift_mask, mod_mul_add):
    start = time.perf_counter()
    calls = 0
    while calls < 20 or time.perf_counter() - start < 1.0:
        f()
        calls += 1
    times = []
    for i in range(25):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f.__name__, round(times[0] * 1e6), "us")
