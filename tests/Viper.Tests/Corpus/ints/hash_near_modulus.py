# Ints hash to themselves below 2**61 - 1 in magnitude, and are reduced modulo it from there on;
# -1 is the one exception (it would be the error marker in C), so -1 and -2 collide.
P = 2 ** 61 - 1
for v in [0, 1, -1, -2, 2, P - 1, -(P - 1), P, -P, P + 1, -(P + 1), 2 ** 62, -(2 ** 62),
          2 ** 63 - 1, -(2 ** 63), 2 ** 63, 2 * P - 1, -(2 * P) + 1]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2 ** 53 else "-")
print(hash(-1) == hash(-2), {-1: "a", -2: "b"}, len({-1, -2}))
s = {P - 1, P, P + 1, -1, -2}
print(sorted(s), P in s, 0 in s, 1 in s, -1 in s, -2 in s, -3 in s)
print(1 in (1.0, 2), 2.0 in (1, 2), True in (0, 1), "a" in ("a",), 3 in ())


class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("eq", self.tag, other)
        return other == self.tag


print(5 in (Loud(1), Loud(5), Loud(9)))
print(7 in [Loud(7)], 8 in [Loud(1)])
