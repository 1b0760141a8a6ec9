class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        if self.name == "second":
            return len(self.name) / 0


print("start")
with (
    Closer("first"),
    Closer("second"),
):
    print("body done")
