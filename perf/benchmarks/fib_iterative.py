# Iterative fib(10000): big-int additions of numbers up to about 7000 bits.
def bench():
    a = 0
    b = 1
    for i in range(10000):
        a, b = b, a + b
    return a % 1000000007
