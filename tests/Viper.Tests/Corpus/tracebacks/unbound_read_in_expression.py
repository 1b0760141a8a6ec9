# A local read inside a larger expression, when unbound, is reported at its name, as CPython
# reports its LOAD_FAST: `total + x % 7` underlines `x`, not the whole sum. (The function runs
# once: after a few calls CPython 3.11's superinstructions move the position.)
def score(total, flag):
    if flag:
        x = 10
    return total + x % 7


print("scoring")
print(score(5, False))
