import sys
import time
print(type(sys.argv))
start = time.perf_counter()
print(sys.getrecursionlimit() > 0)
print(time.perf_counter() - start >= 0)
