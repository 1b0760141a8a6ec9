# A replacement field of an f-string reading an unbound local underlines the name in the string.
def label(name, flag):
    if flag:
        width = 6
    return f"{name}:{name!r:>{len(name) + 2}} {width}"


print(label("cd", False))
