# time.sleep: lengths CPython accepts (ints, floats, bools, zero, tiny) and its errors, in its
# order: the length becomes 64-bit nanoseconds first, so huge negatives overflow before the sign test.
import time

for seconds in (0, 0.0, -0.0, False, True and 0.001, 1e-9, 1e-12, 0.0005):
    print(repr(seconds), time.sleep(seconds))

for seconds in (-1, -0.5, -1e-9, float("nan"), float("inf"), float("-inf"), 1e300, -1e300, 1e10,
                10 ** 10, -(10 ** 10), 2 ** 63, 10 ** 30, -(10 ** 30), 9223372037, -9223372037,
                "1", None, [1], b"1"):
    try:
        time.sleep(seconds)
        print(repr(seconds), "slept")
    except (ValueError, OverflowError, TypeError) as error:
        print(repr(seconds), type(error).__name__, error)

for arguments in ((), (1, 2)):
    try:
        time.sleep(*arguments)
    except TypeError as error:
        print(type(error).__name__, error)
