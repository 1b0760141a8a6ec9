# Loops long enough that the VM leaves and re-enters its dispatch loop at their headers (every few
# thousand back edges): the frame's state, handlers, generators, with blocks and callers must be as
# they were, in every kind of loop and frame.


def while_loop(n):
    i = total = 0
    while i < n:
        total += i % 7
        i += 1
    return total


def for_over_list(items):
    total = 0
    for x in items:
        total += x
    return total


def while_true_break(n):
    i = 0
    while True:
        i += 1
        if i >= n:
            break
    return i


def compare_jump_loop(n):
    i = 0
    while i != n:
        i += 1
    return i


def in_try(n):
    total = 0
    try:
        for i in range(n):
            total += i
            if i == n - 1:
                raise ValueError("last %d" % i)
    except ValueError as error:
        return total, str(error)
    finally:
        total = -1


def in_finally(n):
    log = []
    try:
        log.append("body")
    finally:
        count = 0
        for _ in range(n):
            count += 1
        log.append(count)
    return log


def in_with(n):
    class Manager:
        def __enter__(self):
            log.append("enter")
            return self

        def __exit__(self, *exc):
            log.append("exit %s" % (exc[0].__name__ if exc[0] else None))
            return True

    log = []
    with Manager():
        total = 0
        for i in range(n):
            total += 1
        log.append(total)
        raise KeyError("inside")
    return log


def counting_generator(n):
    for i in range(n):
        if i % 5000 == 0:
            yield i


def nested_calls(depth, n):
    if depth == 0:
        return while_loop(n)
    return nested_calls(depth - 1, n) + 1


def closure_loop(n):
    seen = 0

    def bump():
        nonlocal seen
        seen += 1

    for _ in range(n):
        bump()
    return seen


class Counter:
    def __init__(self, n):
        self.value = 0
        for _ in range(n):
            self.value += 1


N = 20000
print(while_loop(N))
print(for_over_list(list(range(N))))
print(while_true_break(N))
print(compare_jump_loop(N))
print(in_try(N))
print(in_finally(N))
print(in_with(N))
print(list(counting_generator(N * 2)))
print(sum(x for x in range(N) if x % 3 == 0))
print(nested_calls(20, N))
print(closure_loop(N))
print(Counter(N).value)
print(sorted(range(N), key=lambda x: -x)[:3])
print([while_loop(5000) for _ in range(3)])

module_total = 0
for k in range(N):
    module_total += k
print(module_total)

stop = 0
while stop < N:
    stop += 1
    if stop == N - 1:
        try:
            raise RuntimeError("late")
        except RuntimeError as error:
            print("caught", error, stop)
print(stop)


def deep_then_raise(n):
    for i in range(n):
        pass
    return 1 / 0


try:
    deep_then_raise(N)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)

deep_then_raise(N)
