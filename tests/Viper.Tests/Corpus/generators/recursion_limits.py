import sys


def deep_yield_from(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep_yield_from(n - 1)


def deep_for(n):
    if n == 0:
        yield "bottom"
        return
    for v in deep_for(n - 1):
        yield v


print(list(deep_yield_from(400)), list(deep_for(400)))


def forever(n):
    yield from forever(n + 1)


try:
    next(forever(0))
except RecursionError as e:
    print("RecursionError", e)


def forever_for(n):
    for v in forever_for(n + 1):
        yield v


try:
    for v in forever_for(0):
        pass
except RecursionError as e:
    print("RecursionError", e)
print(list(deep_for(100)))
