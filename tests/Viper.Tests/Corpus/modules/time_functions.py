import time
t1 = time.time()
p1 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t2 = time.time()
p2 = time.perf_counter()
print(total)
print(type(t1), type(p1))
print(t2 >= t1, p2 >= p1)
print(t1 > 1600000000)
print(p2 - p1 >= 0.0)
