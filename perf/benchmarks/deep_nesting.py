# A call chain 20 deep, run 250 times: frames pushed and popped.
def level(n, acc):
    if n == 0:
        return acc
    return level(n - 1, acc + n)


def bench():
    total = 0
    for i in range(250):
        total += level(20, i)
    return total
