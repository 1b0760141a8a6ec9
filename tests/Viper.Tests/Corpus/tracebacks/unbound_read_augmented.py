# `count += step` with `count` unbound: the target is read first, and underlined.
def tally(steps, flag):
    if flag:
        count = 0
    for step in steps:
        count += step
    return count


print("tallying")
tally([1], False)
