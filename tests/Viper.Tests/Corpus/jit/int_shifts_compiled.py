# << and >> on ints in compiled code: the inline 64-bit path for counts 0..63 and every way out of it
# (an overflowing left shift, counts of 64 and more, negative counts, big ints, bools, floats,
# int subclasses, classes with their own shift methods), constant and variable counts, in-place forms.


class Shifty:
    def __lshift__(self, other):
        return ("Shifty <<", other)

    def __rshift__(self, other):
        return ("Shifty >>", other)

    def __rlshift__(self, other):
        return ("Shifty << reflected", other)

    def __rrshift__(self, other):
        return ("Shifty >> reflected", other)


class MyInt(int):
    def __rshift__(self, other):
        return "MyInt >> " + str(other)


def constant_counts(x):
    return (x << 0, x << 1, x << 13, x << 63, x << 64, x << 100,
            x >> 0, x >> 1, x >> 17, x >> 63, x >> 64, x >> 1000)


def variable_counts(x, n):
    return x << n, x >> n


def right_only(x, n):
    return x >> n


def in_place(x, n):
    x <<= n
    y = x
    y >>= 3
    return x, y


def negative_constant(x):
    try:
        return x << -1
    except ValueError as error:
        return "ValueError", str(error)


def negative_constant_right(x):
    try:
        return x >> -1
    except ValueError as error:
        return "ValueError", str(error)


def xorshift(state, rounds):
    for _ in range(rounds):
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
    return state


for round_number in range(3):
    for x in (0, 1, -1, 5, -5, 7, -7, 0xFFFFFFFF, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**70, -(2**70)):
        print(x, constant_counts(x))
    for x, n in ((1, 62), (1, 63), (-1, 63), (3, 62), (-3, 62), (2**62, 1), (-(2**62), 1), (-(2**62) - 1, 1),
                 (123, 64), (123, 65), (-123, 64), (2**70, 3), (9, True), (True, 9),
                 (-9, 1), (-9, 2), (-9, 63)):
        print(x, n, variable_counts(x, n))
    print(right_only(5, 2**70), right_only(-5, 2**70), right_only(0, 2**70), right_only(-1, 64), right_only(-(2**63), 63))
    try:
        print(variable_counts(1, 2**70))
    except OverflowError as error:
        print("OverflowError", error)
    for x, n in ((3, -1), (3, -(2**70)), (0, -1)):
        try:
            print(variable_counts(x, n))
        except ValueError as error:
            print("ValueError", error)
    for x, n in ((1.5, 2), (2, 1.5), ("a", 1), (None, 1)):
        try:
            print(variable_counts(x, n))
        except TypeError as error:
            print("TypeError", error)
    print(variable_counts(Shifty(), 4), variable_counts(4, Shifty()))
    print(variable_counts(MyInt(40), 2))
    print(type(variable_counts(MyInt(40), 2)[0]).__name__)
    print(in_place(5, 3), in_place(5, 62), in_place(-5, 70))
    print(negative_constant(3), negative_constant_right(3), negative_constant(2**70))
    print(xorshift(20260, 1000), xorshift(1, 1))
