print("not run")
match 1:
    case _:
        pass
    case 1:
        pass
