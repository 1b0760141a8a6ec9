def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def total_of(n):
    total = 0
    for x in numbers(n):
        total += x
    return total


def squares_sum(n):
    return sum(x * x for x in numbers(n))


def pairs(n):
    result = []
    for a, b in zip(numbers(n), numbers(n + 1)):
        result.append(a * b)
    return result


def first_over(limit):
    g = numbers(1000)
    for x in g:
        if x * x > limit:
            return x, next(g)
    return None


def unpack_three():
    a, b, c = numbers(3)
    return a + b + c


results = []
for round_number in range(300):
    results.append(total_of(round_number % 50))
    results.append(squares_sum(round_number % 20))
    results.append(len(pairs(round_number % 7)))
    results.append(first_over(round_number * 3))
    results.append(unpack_three())
print(results[:15])
print(sum(r for r in results if isinstance(r, int)))
print(results[-5:])


def failing(n):
    for i in range(n):
        yield 10 // (n - 1 - i)


def hot_consumer(n):
    total = 0
    for x in failing(n):
        total += x
    return total


for k in range(2, 100):
    try:
        hot_consumer(k)
    except ZeroDivisionError as e:
        if k % 40 == 0:
            print(k, "ZeroDivisionError", e)
print(hot_consumer(1) if False else "done")
hot_consumer(5)
