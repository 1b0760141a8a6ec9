# Recursion through a closure (the function reaches itself through a cell) in compiled code:
# a deep one works under a raised limit, a runaway one is a RecursionError, never a crash.
import sys


def make_counter_down():
    def down(n):
        if n == 0:
            return 0
        return down(n - 1) + 1

    return down


down = make_counter_down()
for _ in range(40):
    down(50)
sys.setrecursionlimit(60000)
print(down(50000))


def make_runaway():
    depth = 0

    def runaway():
        nonlocal depth
        depth += 1
        return runaway()

    def depth_now():
        return depth

    return runaway, depth_now


sys.setrecursionlimit(2000)
runaway, depth_now = make_runaway()
try:
    runaway()
except RecursionError as error:
    print("RecursionError:", error, depth_now() > 1900)
print(down(1000))
