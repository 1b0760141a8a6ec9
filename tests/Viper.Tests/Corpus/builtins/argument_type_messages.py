# Argument errors of builtins with CPython's wording: functions checked by CPython's argument clinic
# name a None argument `None` ("must be str, not None"), os.getenv says "str expected, not
# NoneType", and sum() counts its arguments both ways.
import os
import sys

tests = [
    lambda: format(1, None), lambda: format(1, 5), lambda: open("unused", None), lambda: bytes.fromhex(None),
    lambda: (1).to_bytes(1, None), lambda: str.maketrans("a", None), lambda: str.maketrans("a", "b", None),
    lambda: (1).__format__(None), lambda: (1.5).__format__(5), lambda: "a".__format__(None),
    lambda: None.__format__(None), lambda: [1].__format__(3), lambda: sys.stdout.write(None),
    lambda: os.getenv(5), lambda: os.getenv(None), lambda: os.getenv(b"x"),
    lambda: sum(1, 2, 3), lambda: sum(), lambda: sum([1], 2, 3, 4), lambda: sum(start=1),
]
for test in tests:
    try:
        test()
    except TypeError as error:
        print("TypeError:", error)
