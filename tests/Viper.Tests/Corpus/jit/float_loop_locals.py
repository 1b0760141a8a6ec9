# Innermost range loops keep their float variables in locals of their own, copied in when the loop
# is entered and out when it ends: values read after the loop, loops nested in outer loops, empty
# ranges, floats only read or only written inside, an int that overflows inside the float loop,
# a division by zero raised inside it, and a loop entered part-way by on-stack replacement.
def chain(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.999 + y * 0.5
        y = y - x * 0.001
    return x, y


def nested(rows, cols):
    total = 0.0
    scale = 0.5
    for r in range(rows):
        acc = 0.0
        for c in range(cols):
            acc = acc + scale * 1.5
        total = total + acc
        scale = scale * 2.0
    return total, scale


def read_only(n):
    step = 0.25
    last = 0
    for i in range(n):
        last = i * 2
    return step * 4.0, last


def written_only(n):
    value = -1.0
    for i in range(n):
        value = 2.5
    return value


def overflow_inside(n):
    x = 1.0
    k = 3
    for i in range(n):
        x = x * 1.5
        k = k * 1000003
    return x, k


def divide_inside(n, zero_at):
    x = 10.0
    d = 4.0
    for i in range(n):
        x = x / d
        d = d - 1.0
        if zero_at < 0:
            x = x + 0.5
    return x


def with_break(n):
    x = 0.0
    for i in range(n):
        x = x + 0.5
        if x > 3.0:
            break
    return x


for k in range(40):
    chain(3)
    nested(2, 2)
print(chain(0), chain(1), chain(10))
print(chain(10000))
print(nested(0, 5), nested(3, 0), nested(4, 3))
print(read_only(0), read_only(5))
print(written_only(0), written_only(3))
print(overflow_inside(5))
print(overflow_inside(30))
print(divide_inside(3, 1))
try:
    divide_inside(6, 1)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
print(divide_inside(2, -1))
print(with_break(3), with_break(100))

x = 0.0
y = 1.0
for i in range(5000):
    x = x * 0.999 + y * 0.5
    y = y - x * 0.001
print(x, y)
