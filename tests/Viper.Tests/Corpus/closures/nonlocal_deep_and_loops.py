def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C.y, C().m()
print(f())
def g():
    try:
        return [1 // v for v in [1, 0]]
    except ZeroDivisionError as e:
        return "caught " + str(e)
print(g())
def h(n):
    def rec(k):
        return 0 if k == 0 else k + rec(k - 1)
    return rec(n)
print(h(50))
def deep():
    a = 1
    def b():
        c = 2
        def d():
            nonlocal a, c
            a += 10
            c += 20
            return [a + c + i for i in range(2)]
        return d(), c
    return b(), a
print(deep())
x = [lambda: n for n in range(3)]
print([f() for f in x])
print({n: (lambda: n) for n in range(2)}[0]())
def outer():
    v = 0
    for i in range(5):
        def add():
            nonlocal v
            v += i
        add()
    return v
print(outer())
def loop_heavy():
    t = 0
    def inc(k):
        nonlocal t
        t += k
    for i in range(3000):
        inc(i)
    return t
print(loop_heavy())
print(sum([i for i in range(3000)]))
print((lambda a: (lambda b: a + b))(1)(2))
