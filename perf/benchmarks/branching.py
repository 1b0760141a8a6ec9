# 5000 iterations through an if/elif chain: compare-and-branch superinstructions.
def bench():
    a = b = c = d = 0
    for i in range(5000):
        r = i % 7
        if r == 0:
            a += 1
        elif r < 3:
            b += 1
        elif r == 3 or r == 5:
            c += 1
        else:
            d += 1
    return a, b, c, d
