# Ints kept unboxed in compiled code, and every way out of that: other types arriving in
# parameters, overflow, division corner cases, errors raised from the specialized code.
def poly(x, y):
    a = x * 3 + y
    b = a // 4 - y % 5
    return a - b, a & b, a | b, a ^ b


def divide(a, b):
    return a // b, a % b


for k in range(50):
    poly(k, k + 1)
    divide(k + 1, 3)
print(poly(10, 20), poly(-10, 7), poly(-(2 ** 62), 2 ** 62))
print(poly(2 ** 70, 3), poly(True, False))
for x, y in ((1.5, 2), ("x", 1)):
    try:
        poly(x, y)
    except TypeError as e:
        print(type(e).__name__, e)
for a in (7, -7, 0, 2 ** 63 - 1, -(2 ** 63)):
    for b in (2, -2, 1, -1, 3, -3, 2 ** 63 - 1):
        print(a, b, divide(a, b))
for b in (0, 0.0):
    try:
        divide(5, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


def countdown_to_float(n):
    x = n
    while x > 1:
        x = x // 2
    y = x
    y = y / 4
    return x, y


for k in range(40):
    countdown_to_float(100)
print(countdown_to_float(100), countdown_to_float(2 ** 80))


def steps(n):
    total = 0
    i = 0
    while i < n:
        if i == 5:
            total = total * 2 ** 62
        total = total + i
        i += 1
    return total


for k in range(40):
    steps(4)
print(steps(4), steps(6), steps(30))


def boom(n):
    t = 0
    for i in range(n):
        t += 10 // (3 - i)
    return t


for k in range(40):
    boom(2)
print(boom(3))
boom(5)
