"""A rich comparison method set to None on a class is called as CPython's slot calls it, in both
directions and through inheritance: TypeError 'NoneType' object is not callable."""


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    __hash__ = object.__hash__


class NoLess(Base):
    __lt__ = None


class NoGreater(Base):
    __gt__ = None


class NoEqual(Base):
    __eq__ = None


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as error:
        print(label, "TypeError:", error)


for _ in range(2):
    attempt("NoLess < Base", lambda: NoLess(1) < Base(2))
    attempt("Base > NoLess", lambda: Base(2) > NoLess(1))
    attempt("Base < Base", lambda: Base(1) < Base(2))
    attempt("NoGreater > 1", lambda: NoGreater(1) > 1)
    attempt("1 < NoGreater", lambda: 1 < NoGreater(1))
    attempt("NoEqual == Base", lambda: NoEqual(1) == Base(1))
    attempt("NoEqual != Base", lambda: NoEqual(1) != Base(1))
    attempt("Base == NoEqual", lambda: Base(1) == NoEqual(1))
    attempt("NoEqual in list", lambda: NoEqual(1) in [Base(1)])
    attempt("sorted", lambda: sorted([NoLess(2), NoLess(1)]))
