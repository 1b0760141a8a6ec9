class Broken:
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        print("opening", self.path)
        return open_file(self.path)

    def __exit__(self, exc_type, exc, tb):
        print("never")


def open_file(path):
    raise FileNotFoundError(2, "No such file or directory")


with Broken("data.txt") as handle:
    print("never")
