# dict | dict makes a new dict (right side wins, left order kept); |= updates in place from any pairs.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b, c is a)
print(b | a)
print({} | {}, {1: 2} | {}, {} | {1: 2})
print({1: "int"} | {1.0: "float", True: "bool"})
d = a
d |= b
print(d, a is d)
d |= [("w", 0), ("x", 100)]
print(d)
d |= {}
print(d)


class Sub(dict):
    pass


print(type(Sub(k=1) | {}), type({} | Sub(k=1)), Sub(k=1) | Sub(j=2))
s = Sub(k=1)
s |= {"m": 2}
print(type(s), s)


class Merger:
    def __ror__(self, other):
        return "ror " + str(len(other))


print({1: 2} | Merger())


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("list", lambda: {1: 2} | [(1, 2)])
attempt("int", lambda: {1: 2} | 5)
attempt("reversed", lambda: [(1, 2)] | {1: 2})


def ior_int():
    e = {1: 2}
    e |= 5
    return e


def ior_bad_pair():
    e = {1: 2}
    e |= [(1, 2, 3)]
    return e


def ior_unhashable():
    e = {1: 2}
    e |= [([1], 2)]
    return e


attempt("ior int", ior_int)
attempt("ior pair", ior_bad_pair)
attempt("ior unhashable", ior_unhashable)
