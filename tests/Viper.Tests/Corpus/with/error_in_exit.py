class Cleanup:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("cleaning up after", exc_type.__name__)
        self.release()

    def release(self):
        raise RuntimeError("release failed")


print("start")
with Cleanup() as c:
    items = {}
    print(items["key"])
