"""A loop variable read after its loop in a compiled generator resumed between items: the loop's
exit keeps the last item, so it must survive every yield inside the loop."""


def after_range(acc):
    i = 0
    for i in range(3):
        yield acc
    yield ("after", i)


def after_list(items):
    item = "never assigned"
    for item in items:
        x = yield item
    return item


def nested(n):
    for i in range(n):
        for j in range(i):
            yield (i, j)
        yield ("inner done", j if i else None)
    yield ("outer done", i)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as error:
        print(label, type(error).__name__, error)


def step(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as stop:
            out.append(("return", stop.value))
            return out


for _ in range(3):
    attempt("list", lambda: list(after_range(5)))
    attempt("enumerate", lambda: list(enumerate(after_range(5))))
    attempt("zip", lambda: list(zip(after_range(5), "abcd")))
    attempt("next", lambda: step(after_range(5)))
    attempt("map", lambda: list(map(str, after_range(5))))
    attempt("return after list", lambda: step(after_list([1, 2, 3])))
    attempt("return after empty list", lambda: step(after_list([])))
    attempt("nested", lambda: list(zip(nested(3), range(20))))
