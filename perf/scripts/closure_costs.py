# The cost of closures and comprehensions: calls of a closure that reads a free variable, a
# nonlocal counter, and comprehensions (each a nested function call) in a loop.
import time


def closure_call(n):
    scale = 3

    def times(x):
        return x * scale

    s = 0
    for i in range(n):
        s += times(i)
    return s


def nonlocal_counter(n):
    count = 0

    def bump():
        nonlocal count
        count += 1

    for _ in range(n):
        bump()
    return count


def list_comprehension(n):
    s = 0
    for _ in range(n):
        s += len([i * 2 for i in range(1000)])
    return s


def filtered_comprehension(n):
    s = 0
    for _ in range(n):
        s += len([i for i in range(1000) if i % 3 == 0])
    return s


def small_comprehensions(n):
    s = 0
    for i in range(n):
        s += len([i, i + 1] + [k for k in range(3)])
    return s


def dict_comprehension(n):
    s = 0
    for _ in range(n):
        s += len({i: i for i in range(1000)})
    return s


for name, function, n in [("closure_call", closure_call, 3000000), ("nonlocal_counter", nonlocal_counter, 3000000),
                          ("list_comprehension", list_comprehension, 3000),
                          ("filtered_comprehension", filtered_comprehension, 3000),
                          ("small_comprehensions", small_comprehensions, 300000),
                          ("dict_comprehension", dict_comprehension, 1000)]:
    t = time.perf_counter()
    function(n)
    print(name, round(time.perf_counter() - t, 4))
