match 1:
    case (1 as y) as z | 2:
        pass
