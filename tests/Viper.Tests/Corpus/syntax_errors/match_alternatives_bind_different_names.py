match [1, 2]:
    case [a, 1] | [2, b]:
        pass
