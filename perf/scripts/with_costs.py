# The cost of the with statement: a class-based manager entered and left normally, and one that
# suppresses an exception raised in the body.
import time


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return True


def enter_and_exit(n):
    manager = Manager()
    for i in range(n):
        with manager:
            pass


def suppress(n):
    manager = Manager()
    for i in range(n):
        with manager:
            raise ValueError


for name, function, n in [("enter_and_exit", enter_and_exit, 1000000), ("suppress", suppress, 300000)]:
    t = time.perf_counter()
    function(n)
    print(name, round(time.perf_counter() - t, 4))
