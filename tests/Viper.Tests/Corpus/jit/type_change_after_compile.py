# A variable changes type (int, float, str, list) after the code using it was compiled.
def combine(a, b):
    return a + b


def scale(x):
    y = x * 2
    y = y - 1
    return y


for i in range(100):
    combine(i, 1)
    scale(i)
print(combine(1, 2))
print(combine(1.5, 2))
print(combine(2, 0.25))
print(combine("ab", "cd"))
print(combine([1], [2, 3]))
print(combine(True, True))
print(scale(3), scale(2.5), scale(True))
print(scale(2 ** 70))


def mixed(n):
    value = 0
    for i in range(n):
        if i == 50:
            value = value + 0.5
        elif i == 80:
            value = str(value)
        elif i > 80:
            value = value + "!"
        else:
            value = value + i
    return value


print(mixed(10))
print(mixed(60))
print(mixed(85))


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


for i in range(50):
    compare(i, 3)
print(compare(1, 2))
print(compare(2.5, 2))
print(compare(float("nan"), 1.0))
print(compare("a", "b"))
print(compare(1, 2 ** 80))


def loop_nan(values):
    count = 0
    for v in values:
        if not v < 1.0:
            count += 1
        if not v >= 1.0:
            count += 10
    return count


nan = float("nan")
for i in range(40):
    loop_nan([0.5, 2.0])
print(loop_nan([0.5, 2.0, nan, 1.0]))
