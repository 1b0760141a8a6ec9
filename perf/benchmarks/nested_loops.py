# Nested loops, 100 x 100: loop setup, range iteration and an accumulating add.
def bench():
    count = 0
    for i in range(100):
        for j in range(100):
            count += i ^ j
    return count
