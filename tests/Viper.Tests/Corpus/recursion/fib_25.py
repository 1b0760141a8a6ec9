def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(25))
calls = 0
def counted_fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return counted_fib(n - 1) + counted_fib(n - 2)
print(counted_fib(15), calls)
