class Strict:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise ValueError("exit refused")


def find(items, wanted):
    for item in items:
        with Strict():
            if item == wanted:
                return item
    return None


print("searching")
print(find([1, 2, 3], 2))
