# 2000 appends to a growing string: linear in CPython, which appends in place.
def bench():
    s = ""
    for i in range(2000):
        s += "ab"
    return len(s)
