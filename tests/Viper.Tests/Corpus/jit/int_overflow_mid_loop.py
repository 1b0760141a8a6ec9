# An int loop that overflows 64 bits part-way through, after the code was compiled.
def grow(start, steps):
    x = start
    for _ in range(steps):
        x = x * 3 + 1
    return x


def accumulate(n):
    total = 9223372036854775000
    i = 0
    while i < n:
        total += i
        i += 1
    return total


def countdown(n):
    value = -9223372036854775000
    for i in range(n):
        value -= i
    return value


for k in range(40):
    grow(1, 5)
print(grow(1, 5))
print(grow(1, 45))
print(grow(7, 100))
for k in range(40):
    accumulate(10)
print(accumulate(10))
print(accumulate(2000))
print(countdown(5))
print(countdown(2000))
big = 2 ** 62
for i in range(5):
    big = big + big
    print(big, type(big).__name__)
while big > 1:
    big = big // 7
print(big)
print(-(2 ** 63) // -1, (-(2 ** 63)) * -1, 3037000500 * 3037000500)
