# CPU time and the nanosecond clocks: values differ run to run, so only their types, units and
# ordering are printed.
import time

c1, cn1, m1, mn1 = time.process_time(), time.process_time_ns(), time.monotonic(), time.monotonic_ns()
total = 0
for i in range(300000):
    total += i * i
c2, cn2, m2, mn2 = time.process_time(), time.process_time_ns(), time.monotonic(), time.monotonic_ns()
print(total)
print(type(c1).__name__, type(cn1).__name__, type(m1).__name__, type(mn1).__name__)
print(c2 >= c1, cn2 >= cn1, m2 >= m1, mn2 >= mn1)
print(c1 >= 0, 0 < c2 < 3600, abs(cn2 / 1e9 - c2) < 0.5, abs(mn2 / 1e9 - m2) < 0.5)
try:
    time.process_time(1)
except TypeError as error:
    print(type(error).__name__, error)
for name in ("time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time_ns"):
    try:
        getattr(time, name)(0)
    except TypeError as error:
        print(error)
