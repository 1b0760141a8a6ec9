def f(x):
    match x:
        case [1, *_]:
            pass
        case other:
            pass
        case [2]:
            pass
