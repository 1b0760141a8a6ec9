# Runaway recursion is a RecursionError that can be caught; the program then goes on normally.
def down(n):
    return down(n + 1) + 1

for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d = depth(0)
print(d > 900, d < 1000)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
