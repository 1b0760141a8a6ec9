# Errors the interpreter raises itself are catchable by their own class and by every base.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("int('x')", lambda: int("x")),
    ("[][1]", lambda: [][1]),
    ("{}['k']", lambda: {}["k"]),
    ("{}[(1, 2)]", lambda: {}[(1, 2)]),
    ("'a' + 1", lambda: "a" + 1),
    ("undefined", lambda: undefined_name),
    ("None.x", lambda: None.x),
    ("len(5)", lambda: len(5)),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("chr(-1)", lambda: chr(-1)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("[].pop()", lambda: [].pop()),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("unpack", lambda: tuple_unpack()),
]

def tuple_unpack():
    a, b = 1, 2, 3
    return a

for label, action in cases:
    try:
        action()
        print(label, "no error")
    except ArithmeticError as e:
        print(label, "ArithmeticError", type(e).__name__, e)
    except LookupError as e:
        print(label, "LookupError", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(label, "TypeError/ValueError", type(e).__name__, e)
    except Exception as e:
        print(label, "Exception", type(e).__name__, e)
