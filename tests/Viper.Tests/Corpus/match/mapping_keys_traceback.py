# Two value-pattern keys that turn out equal raise ValueError when the match runs.
class Keys:
    ONE = 1
    ALSO_ONE = 1.0


match {1: "a", 2: "b"}:
    case {Keys.ONE: a, Keys.ALSO_ONE: b}:
        print(a, b)
