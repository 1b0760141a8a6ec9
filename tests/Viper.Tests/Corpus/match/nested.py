# Nested match statements, a walrus in a guard, and numeric literal patterns.
def f(v):
    match v:
        case [x, *rest]:
            match rest:
                case []:
                    return f"one {x}"
                case [y] if (z := y * 2) > 2:
                    return f"two {x} {y} z={z}"
                case _:
                    match x:
                        case int():
                            return "int head"
            return "fell through"
        case {"a": {"b": [1, {"c": c}]}}:
            return f"deep {c}"
    return "none"
for v in [[1], [1, 2], [1, 1], [1, 2, 3], ["s", 1, 2], {"a": {"b": [1, {"c": 9}]}}, 5]:
    print(f(v))
a = [1, 2]
match 1, 2:
    case (x, y) if x < y:
        print("lt", x, y)
match -1:
    case -1:
        print("neg")
match 1.0:
    case 1:
        print("float int")
match -0.0:
    case 0:
        print("zero")
