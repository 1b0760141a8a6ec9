class Scoped:
    y = 10
    print(list(i for i in range(3)))
    values = list(y * 0 + i for i in range(3))
