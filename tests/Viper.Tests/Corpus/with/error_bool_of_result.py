class Answer:
    def __bool__(self):
        raise TypeError("no truth here")


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__)
        return Answer()


print("start")
with Manager():
    raise KeyError("body")
