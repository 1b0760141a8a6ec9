# Deep recursion in compiled code: 50000 frames with a raised limit, then a RecursionError.
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def count(n, acc):
    if n == 0:
        return acc
    return count(n - 1, acc + n)


for k in range(100):
    depth(10)
sys.setrecursionlimit(100000)
print(depth(50000))
print(count(50000, 0))
sys.setrecursionlimit(200)
print(depth(150))


def runaway(n):
    return runaway(n + 1) + 1


print("before")
runaway(0)
