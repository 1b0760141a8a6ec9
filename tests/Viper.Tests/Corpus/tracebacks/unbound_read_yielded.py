# `yield x` in a generator, x unbound: the name is underlined (the yield's own position is the
# one a throw() into the generator shows).
def items(n, flag):
    if flag:
        x = "x"
    for i in range(n):
        yield x


print(list(items(3, False)))
