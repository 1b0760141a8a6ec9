# Recursive fib(20): about 22,000 Python-to-Python calls.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench():
    return fib(20)
