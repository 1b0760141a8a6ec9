# Subscripts whose index is a literal: lists and tuples from either end, strings, dicts with int,
# str and bool literal keys, and the values read back after mutation.
def reads():
    xs = [10, 20, 30]
    t = ("a", "b")
    s = "héllo"
    print(xs[0], xs[2], xs[-1], xs[-3])
    print(t[0], t[-1], s[1], s[-1])
    d = {1: "one", "k": "kay", True: "bool wins over 1.0"}
    print(d[1], d["k"], d[1.0], d[True])
    xs[0] = 99
    print(xs[0], xs[-3])
    nested = [[1, 2], [3, [4, 5]]]
    print(nested[1][1][0], nested[-1][-1][-1])
    body = [0.0, 1.5, -2.0]
    body[1] -= 0.25
    body[2] *= 2
    print(body[1], body[2], body)


def in_a_loop():
    points = [[1.0, 2.0], [3.0, 4.0]]
    total = 0.0
    for p in points:
        total += p[0] * p[1]
    print(total)


reads()
in_a_loop()
x = [1, 2, 3]
print(x[1], x[-2])
