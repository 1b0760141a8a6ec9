# The cost of exceptions: a loop inside a try that never raises, and raise+catch pairs of each
# kind (Python raise in the same frame, from a called function, and an error a builtin raises).
import time


def loop_in_try(n):
    s = 0
    i = 0
    try:
        while i < n:
            s += i
            i += 1
    except ValueError:
        s = -1
    return s


def raise_same_frame(n):
    caught = 0
    for i in range(n):
        try:
            raise ValueError("x")
        except ValueError:
            caught += 1
    return caught


def thrower(i):
    raise KeyError(i)


def raise_from_call(n):
    caught = 0
    for i in range(n):
        try:
            thrower(i)
        except KeyError:
            caught += 1
    return caught


def builtin_error(n):
    caught = 0
    d = {}
    for i in range(n):
        try:
            d[i]
        except KeyError:
            caught += 1
    return caught


def try_finally(n):
    s = 0
    for i in range(n):
        try:
            s += i
        finally:
            s -= 1
    return s


for name, function, n in [("loop_in_try", loop_in_try, 10000000), ("try_finally", try_finally, 3000000),
                          ("raise_same_frame", raise_same_frame, 1000000),
                          ("raise_from_call", raise_from_call, 1000000), ("builtin_error", builtin_error, 1000000)]:
    t = time.perf_counter()
    function(n)
    print(name, round(time.perf_counter() - t, 4))
