# `table[key]` with both names unbound: the container is loaded first, so it is the one reported.
def lookup(flag):
    if flag:
        table = {1: "one"}
        key = 1
    return table[key]


print("looking up")
lookup(False)
