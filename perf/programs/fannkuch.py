# Fannkuch-redux: over every permutation of 1..n, the most pancake flips needed to bring 1 to the front, and a signed checksum of the flip counts.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        first = perm[0]
        while first != 0:
            # Reverse the first first+1 entries in place (no slicing in the subset this runs on).
            lo = 0
            hi = first
            while lo < hi:
                perm[lo], perm[hi] = perm[hi], perm[lo]
                lo += 1
                hi -= 1
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # Next permutation in the counting order the classic program uses: rotate prefixes.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


# n = 10 takes ten times as long as 9; three rounds of 9 bring CPython's run over a second.
n = 9
for round in range(3):
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(" + str(n) + ") = " + str(max_flips))
