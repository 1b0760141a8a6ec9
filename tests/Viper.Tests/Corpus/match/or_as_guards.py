# OR patterns, AS patterns and guards.
def classify(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case (1 | 2) as n, (3 | 4) as m:
            return f"pair {n} {m}"
        case [x, 0] | [0, x]:
            return f"one zero and {x}"
        case {"k": v} | [v, _, _]:
            return f"v = {v}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int() | float() as number:
            return f"number {number}"
        case [*_] as seq if len(seq) > 3:
            return f"long sequence of {len(seq)}"
        case _:
            return "other"


for value in [1, 3, 4, "a", "b", "c", (1, 3), (2, 4), (3, 4), [5, 0], [0, 6], [0, 0], {"k": "x"}, [7, 8, 9],
              -3, -2.5, 10, 1.5, [1, 2, 3, 4], [1, 2]]:
    print(repr(value), "->", classify(value))

# A failed guard moves on to the next case, but the names its pattern bound stay bound.
match 5:
    case x if x > 10:
        print("big")
    case y:
        print("x =", x, "y =", y)


# Guards run in order, only after their pattern matched.
def check(label, result):
    print("  guard", label)
    return result


for value in [0, 1, 2]:
    print("value", value)
    match value:
        case 0 if check("a", False):
            print("a")
        case 0 | 1 if check("b", value == 1):
            print("b")
        case _ if check("c", True):
            print("c")

# An irrefutable case may come before others when it has a guard.
for value in [1, -1]:
    match value:
        case n if n > 0:
            print("positive", n)
        case n:
            print("not positive", n)

# Nested AS patterns and OR patterns inside sequences.
match [1, [2, 3]]:
    case [(1 | 9) as first, [_, (3 | 4) as last] as inner] as whole:
        print(first, last, inner, whole)

# The first alternative that matches wins, even if a later one would bind differently.
match [1, 1]:
    case [1, x] | [x, 1]:
        print("x =", x)

# The order names are bound in does not matter between alternatives.
match (2, 1):
    case ((1, a) as b) | (b, a):
        print("a =", a, "b =", b)

# A wildcard as the last case after an OR.
match "z":
    case "x" | "y":
        print("xy")
    case _:
        print("default")
