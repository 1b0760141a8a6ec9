# 10000 iterations of float arithmetic on locals over a range: the JIT's unboxed float path.
def bench():
    x = 0.0
    y = 1.0
    for i in range(10000):
        x = x * 0.999 + y * 0.5
        y = y - x * 0.001
    return x + y
