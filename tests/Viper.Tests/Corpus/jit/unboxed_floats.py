# Float locals the JIT keeps unboxed: arithmetic, truth, printing, NaN and infinities,
# a loop entered part-way (on-stack replacement), and a float division by zero.
def integrate(steps):
    x = 0.0
    total = 0.0
    dx = 1.0 / steps
    for i in range(steps):
        total = total + x * x * dx
        x = x + dx
    return total


def damp(n):
    a = 1.0
    b = 0.5
    for i in range(n):
        a = a * 0.75 + b
        b = b - a * 0.125
        if not a:
            print("zero")
    return a, b


def specials():
    inf = 1e308 * 10.0
    nan = inf - inf
    big = inf * -1.0
    flag = nan
    if flag:
        print("nan is true")
    zero = 0.0
    if not zero:
        print("zero is false")
    print(inf, nan, big, -zero, zero * -1.0)
    print(nan == nan, nan != nan, nan < 1.0, inf > 1e308)
    return nan


def maybe(n):
    if n > 5:
        y = 2.5
    for i in range(3):
        n = n + 1
    return y * 2.0


print(integrate(5000))
print(damp(3))
print(damp(3000))
print(specials())
print(maybe(10))
try_values = [integrate(10), integrate(20)]
print(try_values)


def ratio(a, b):
    x = a * 1.0
    y = b * 1.0
    for i in range(2000):
        x = x * 1.0
    return x / y


print(ratio(3.0, 4.0))
