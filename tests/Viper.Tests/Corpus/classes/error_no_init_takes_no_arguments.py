class Empty:
    pass


print(type(Empty()).__name__)
e = Empty(5)
