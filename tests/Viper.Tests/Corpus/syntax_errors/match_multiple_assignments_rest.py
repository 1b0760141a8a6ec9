match [1, 2]:
    case {"k": a, **a}:
        pass
