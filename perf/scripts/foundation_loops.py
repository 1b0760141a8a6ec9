import time
def f(n):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s
t = time.perf_counter()
f(10000000)
print("loop_fn", time.perf_counter() - t)
t = time.perf_counter()
s = 0
for i in range(3000000):
    s += i
print("loop_module", time.perf_counter() - t)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
t = time.perf_counter()
fib(27)
print("fib27", time.perf_counter() - t)
t = time.perf_counter()
x = 0.0
for i in range(2000000):
    x = x * 0.5 + 1.5
print("float_loop", time.perf_counter() - t)
t = time.perf_counter()
lst = []
for i in range(1000000):
    lst.append(i)
total = 0
for v in lst:
    total += v
print("list", time.perf_counter() - t)
