def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

for i in range(15):
    print(fib(i), end=' ')
print()
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
print(gcd(48, 18), gcd(2 ** 100, 6 ** 50), gcd(17, 5))
