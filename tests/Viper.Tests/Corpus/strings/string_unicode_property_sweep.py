# Tallies of each predicate and case-mapping length over a broad range of code points.
def sweep(lo, hi, step):
    counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    cp = lo
    while cp < hi:
        c = chr(cp)
        if c.isalpha():
            counts[0] = counts[0] + 1
        if c.isdecimal():
            counts[1] = counts[1] + 1
        if c.isdigit():
            counts[2] = counts[2] + 1
        if c.isnumeric():
            counts[3] = counts[3] + 1
        if c.isspace():
            counts[4] = counts[4] + 1
        if c.isprintable():
            counts[5] = counts[5] + 1
        if c.isidentifier():
            counts[6] = counts[6] + 1
        if ('a' + c).isidentifier():
            counts[7] = counts[7] + 1
        if c.isupper():
            counts[8] = counts[8] + 1
        if c.islower():
            counts[9] = counts[9] + 1
        if c.istitle():
            counts[10] = counts[10] + 1
        counts[11] = counts[11] + len(c.upper()) + ord(c.upper()[0]) % 7
        counts[12] = counts[12] + len(c.lower()) + ord(c.lower()[0]) % 7
        counts[13] = counts[13] + len(c.casefold()) + len(c.title()) + ord(c.title()[0]) % 5
        cp = cp + step
    print(lo, hi, step, counts)

sweep(0, 0x800, 1)
sweep(0x800, 0x10000, 3)
sweep(0x10000, 0x20000, 5)
sweep(0x20000, 0x110000, 997)
