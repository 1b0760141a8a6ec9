f = lambda n: [i * n for i in range(n)]
print(f(3))
def g():
    x = 1
    def h():
        return x
    y = 2
    return sorted(locals().items()) if False else h()
print(g())
def k():
    x = 5
    def r():
        nonlocal x
        del x
        x = 7
        return x
    return r(), x
print(k())
print([[x for x in range(y)] for y in range(3)])
print({s: len(s) for s in ("a", "bb")})
def gen_like():
    return [z for z in range(3)] == list(map(lambda z: z, range(3)))
print(gen_like())
