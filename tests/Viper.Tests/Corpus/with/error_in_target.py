class Triple:
    def __enter__(self):
        return (1, 2, 3)

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__, exc)


print("start")
with Triple() as (a, b):
    print("never")
