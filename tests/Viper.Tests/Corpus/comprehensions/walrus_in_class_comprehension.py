print("never printed")


class C:
    values = [(y := v) for v in range(3)]
