def minmax(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

def divmod_like(a, b):
    return a // b, a % b

lo, hi = minmax([3, -1, 7, 2])
print(lo, hi)
print(minmax([5]))
r = divmod_like(-7, 2)
print(r)
q, m = divmod_like(17, 5)
print(q, m)
print(type(r))
def nothing_but_pair():
    return 'a', ['b']
print(nothing_but_pair())
