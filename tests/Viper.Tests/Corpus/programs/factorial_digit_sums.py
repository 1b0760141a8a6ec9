# Big-int factorials and the sums of their digits.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

def digit_sum(n):
    total = 0
    for ch in str(n):
        total += int(ch)
    return total

def trailing_zeros(n):
    s = str(n)
    count = 0
    i = len(s) - 1
    while i >= 0 and s[i] == '0':
        count += 1
        i -= 1
    return count

for n in [10, 25, 50, 100, 500, 1000]:
    f = factorial(n)
    print(n, len(str(f)), digit_sum(f), trailing_zeros(f))
print(digit_sum(2 ** 1000))
f100 = factorial(100)
print(f100 // factorial(98) == 9900, f100 % 101)
