class HalfManager:
    def __enter__(self):
        print("never entered")
        return self


print("start")
with HalfManager():
    pass
