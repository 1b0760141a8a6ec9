# A global function is rebound (and deleted, and shadowed) after its callers were compiled.
def helper(x):
    return x + 1


def caller(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for k in range(50):
    caller(10)
print(caller(10))


def helper(x):
    return x * 100


print(caller(10))
helper = lambda x, y=5: x - y
print(caller(10))
helper = len
print(caller.__name__, caller(0))
print(fib(20))
saved = fib


def fib(n):
    return -1


print(saved(10))
fib = saved
print(fib(15))


def use_len(items):
    return len(items) + 1


for k in range(50):
    use_len([1, 2])
print(use_len([1, 2, 3]))


def len(x):
    return 42


print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))
