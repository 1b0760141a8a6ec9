SCALE = 10

def outer(a, b):
    def helper(x, y):
        return x * SCALE + y
    return helper(a, b) + helper(b, a)

print(outer(1, 2))

def make_and_call(n):
    def fact(k):
        if k <= 1:
            return 1
        return k * fact_global(k - 1)
    return fact(n)

def fact_global(k):
    if k <= 1:
        return 1
    return k * fact_global(k - 1)

print(make_and_call(10))

def counter_outer():
    def inner(values):
        total = 0
        for v in values:
            total += v
        return total
    return inner([1, 2, 3]), inner([])
print(counter_outer())
