# Compiled (JIT) functions calling and being functions with *args, **kwargs, keyword-only and positional-only parameters.

def v(*args, **kw):
    return len(args) + len(kw)

def k(a, *, b=2):
    return a * b

def po(a, b, /, c=3):
    return a + b + c

def mixed(a, b=1, *rest, c, d=4, **kw):
    return a + b + sum(rest) + c + d + len(kw)

def caller(n):
    total = 0
    for i in range(n):
        total += v(i, i) + v() + v(x=i) + k(i) + k(i, b=3) + po(i, 1) + po(1, 2, c=i)
        total += mixed(i, c=1) + mixed(1, 2, 3, 4, c=5, z=6)
    return total

print(caller(50))

def bad(n):
    for i in range(n):
        try:
            k(i, i)
        except TypeError as e:
            print(e)
            break
        try:
            po(a=i, b=2)
        except TypeError as e:
            print(e)
            break

def bad2(n):
    k(n, n)

bad(3)
bad2(1)
