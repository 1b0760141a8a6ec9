# Deep recursion through generators: deep chains work, and past the limit RecursionError is raised, not a crash.
import sys


def chain(depth):
    if depth == 0:
        yield "bottom"
    else:
        for item in chain(depth - 1):
            yield item


def delegating(depth):
    if depth == 0:
        yield "bottom"
        return depth
    result = yield from delegating(depth - 1)
    return result + 1


print(list(chain(200)))
g = delegating(300)
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value)

sys.setrecursionlimit(300)
try:
    list(chain(1000))
except RecursionError as error:
    print("RecursionError:", error)
try:
    list(delegating(1000))
except RecursionError as error:
    print("RecursionError:", error)
sys.setrecursionlimit(1000)
print(list(chain(100))[-1])
