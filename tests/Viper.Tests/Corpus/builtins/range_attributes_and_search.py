# range's start/stop/step, count and index: arithmetic for ints, item-by-item equality for the rest.
r = range(1, 10, 2)
print(r.start, r.stop, r.step)
print(range(5).start, range(5).stop, range(5).step)
print(range(10, 0, -3).start, range(10, 0, -3).step)
print(r.count(3), r.count(4), r.count(11), r.count(3.0), r.count(True), r.count("3"))
print(r.index(1), r.index(9), r.index(True), r.index(5.0))
print(range(10, 0, -3).index(4), range(-5, 5).index(-5))
big = range(10**20, 10**20 + 10**15, 7)
print(big.start, big.count(10**20 + 14), big.index(10**20 + 14))
print(range(10**20).index(10**19))


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("index int", lambda: r.index(4))
attempt("index out", lambda: r.index(-1))
attempt("index float", lambda: r.index(4.0))
attempt("index str", lambda: r.index("a"))
attempt("count none", lambda: r.count())
attempt("index two", lambda: r.index(3, 1))
attempt("empty", lambda: range(0).index(0))


def set_start():
    r.start = 3


def set_other():
    r.length = 3


attempt("set start", set_start)
attempt("set other", set_other)
s = slice(1, 2, 3)


def set_slice_stop():
    s.stop = 0


attempt("slice stop", set_slice_stop)
