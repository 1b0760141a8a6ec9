def level1(a):
    b = a + 1

    def level2(c):
        d = c * 2

        def level3(e):
            return a, b, c, d, e

        return level3

    return level2


print(level1(1)(10)(100))


def passthrough():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    return middle()


print(passthrough()())


def nonlocal_two_levels():
    n = 0

    def middle():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner

    f = middle()
    f()
    f()
    return n, f()


print(nonlocal_two_levels())


def shadowing():
    x = 1

    def middle():
        x = 2

        def inner():
            return x
        return inner()

    return x, middle()


print(shadowing())


def compose2(f, g):
    def h(x):
        return f(g(x))
    return h


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose2(inc, dbl)(5), compose2(dbl, inc)(5))
print(compose2(compose2(inc, inc), compose2(dbl, dbl))(1))


def curry(a):
    return lambda b: lambda c: a * 100 + b * 10 + c


print(curry(1)(2)(3))
print(level1.__name__, level1(0).__qualname__, level1(0)(0).__qualname__)
