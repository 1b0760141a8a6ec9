# Loop counters over range(n) and range(k, n) with k >= 0 are known not to be negative, which
# makes x * c and x % c cheaper: every way their values could be negative after all must still
# give Python's answers.
import builtins


def counted(n):
    total = 0
    for i in range(n):
        total += i * 3 % 7 + i // 4
    return total


def from_one(n):
    total = 0
    for i in range(1, n):
        total += i % 5 - i // 3
    return total


def stepped(n):
    total = 0
    for i in range(2, n, 3):
        total += i * 7 % 11
    return total


def from_negative(n):
    total = 0
    for i in range(-n, n):
        total += i * 3 % 7 + i // 4
    return total


def downwards(n):
    total = 0
    for i in range(n, -n, -1):
        total += i * 3 % 7 + i // 4
    return total


def huge_start(n):
    total = 0
    for i in range(4611686018427387900, 4611686018427387900 + n):
        total += i * 3 % 7
        total += i * 3
    return total


def beyond_long(n):
    total = 0
    for i in range(2**64, 2**64 + n):
        total += i * 3 % 7
    return total


def reassigned(n):
    total = 0
    for i in range(n):
        if i % 2:
            i = -i
        total += i * 3 % 7
    return total


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += (i * j) % 7 - j // 2
    return total


def counter_after_loop(n):
    i = -5
    for i in range(n):
        pass
    return i * 3 % 7, i // 2


def end_beyond_long():
    # The second inner range's end (one step past its last item) does not fit in 64 bits.
    out = []
    for k in (0, 9223372036854775790):
        n = 0
        for i in range(k, 9223372036854775807, 5):
            n += i % 7 + 1
            if n > 30:
                break
        out.append(n)
    return out


def bitwise_sums(start, n):
    total = start
    for i in range(n):
        for j in range(3):
            total += (i ^ j) + (i | j) - (i & -4)
            total -= i & 6
    return total


def bitwise_of_negatives(n):
    total = 0
    for i in range(-n, n):
        total += (i ^ 5) + (i | 3) + (i & -4)
    return total


for _ in range(3):
    print(bitwise_sums(0, 100), bitwise_sums(9223372036854775807 - 300, 100), bitwise_sums(-9223372036854775807 - 1 + 100, 100))
    print(bitwise_of_negatives(100))
    print(end_beyond_long())
    print(counted(1000), counted(0), counted(1))
    print(from_one(1000), from_one(0))
    print(stepped(1000))
    print(from_negative(500))
    print(downwards(500))
    print(huge_start(10))
    print(beyond_long(10))
    print(reassigned(1000))
    print(nested(40))
    print(counter_after_loop(10), counter_after_loop(0))

# A rebound range that starts below zero: the same functions must notice.
real_range = builtins.range
range = lambda *args: real_range(-7, args[-1]) if len(args) == 1 else real_range(-7, *args[1:])
print(counted(100), from_one(100), stepped(100))
print(nested(10))
del range
print(counted(100), from_one(100), stepped(100))


# A function whose only call runs a long loop over a rebound range: under the auto tier it moves
# to compiled code in the middle of the loop, with a negative counter already in the frame.
def long_loop(n):
    total = 0
    for i in range(n):
        total += i * 3 % 7 + i // 4
    return total


range = lambda n: real_range(-n, n, 3)
print(long_loop(200000))
del range
print(long_loop(200000))
