"""bytes find/rfind/index/rindex/count read the slice bounds before the needle, as CPython does: with both wrong, the bounds' TypeError is the one reported."""

def attempt(f):
    try:
        return repr(f())
    except Exception as error:
        return type(error).__name__ + ": " + str(error)

bs = b"a,b,a"
for case in [lambda: bs.count({1: 2}, [2, 1]), lambda: bs.find({1: 2}, 2.5), lambda: bs.count(10**20, b"a"),
             lambda: bs.count("a", {1: 2}), lambda: bs.find(b"a", 1), lambda: bs.count(b"a", -3, None),
             lambda: bs.rfind(97, 0, 4), lambda: bs.index(b"z", 1), lambda: bs.rindex({}, None, "x"),
             lambda: bytearray(bs).count([1], 1.5), lambda: bs.find(300), lambda: bs.find("a")]:
    print(attempt(case))
