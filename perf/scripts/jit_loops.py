# The JIT tier's three headline workloads, timed in-process: recursive fib(30), an int loop and a
# float loop, each a function called repeatedly (the first call includes tiering up).
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def int_loop(n):
    total = 0
    for i in range(n):
        total += i * 3 % 7
    return total


def float_loop(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.999 + y * 0.5
        y = y - x * 0.001
    return x + y


def timed(label, function, argument, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function(argument)
        times.append(time.perf_counter() - start)
    first = times[0]
    times.sort()
    print(label, "first", first, "median", times[len(times) // 2])


repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
timed("fib30", fib, 30, repeats)
timed("int_loop", int_loop, 3000000, repeats)
timed("float_loop", float_loop, 3000000, repeats)
