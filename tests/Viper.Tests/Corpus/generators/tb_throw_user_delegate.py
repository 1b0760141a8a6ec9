class Plain:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def outer():
    yield from Plain()


g = outer()
next(g)
g.throw(IndexError("no throw method on the delegate"))
