# 10000 iterations of int arithmetic on locals over a range: the JIT's unboxed int path.
def bench():
    total = 0
    for i in range(10000):
        total += i * 3 % 7
    return total
