def f():
    values = [entry * 2 for entry in range(3)]
    print(values)
    return entry


f()
