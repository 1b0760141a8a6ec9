class Log:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__)
        return False


def inner(values):
    with Log() as log:
        print("body")
        return values[3] + 1


def outer():
    with Log():
        return inner([1, 2])


outer()
