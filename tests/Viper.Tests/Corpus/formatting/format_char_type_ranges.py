# The 'c' presentation type and %c: a code point in range formats as its character; one outside
# range(0x110000) is an OverflowError, and an int beyond 64 bits fails its conversion to a C long
# first, with that message (format() only; %c checks the range alone).
for value in [65, 0x1F600, 0, 0x10FFFF, 0x110000, -1, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 70), True]:
    for render in (lambda v: format(v, "c"), lambda v: format(v, ">4c"), lambda v: "%c" % v, lambda v: f"{v:c}"):
        try:
            print(repr(render(value)), end=" ")
        except (OverflowError, ValueError) as error:
            print(type(error).__name__ + ":", error, end=" | ")
    print()
