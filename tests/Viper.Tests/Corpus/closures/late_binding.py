def in_loop():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]


print(in_loop())


def with_default():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i)
    return [f() for f in funcs]


print(with_default())


def rebinding_after():
    x = 1

    def show():
        return x

    first = show()
    x = 2
    return first, show()


print(rebinding_after())


def factory(n):
    def make():
        return n * 10
    return make


makers = [factory(k) for k in range(4)]
print([m() for m in makers])

adders = [lambda x, k=k: x + k for k in range(3)]
print([a(100) for a in adders])

late = [lambda x: x + k for k in range(3)]
print([a(100) for a in late])


def while_loop():
    funcs = []
    i = 0
    while i < 3:
        def f():
            return i
        funcs.append(f)
        i += 1
    return [g() for g in funcs]


print(while_loop())
