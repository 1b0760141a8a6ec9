class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("outer exit", exc_type.__name__)


print("start")
with Manager() as m, [1, 2] as items:
    print("never")
