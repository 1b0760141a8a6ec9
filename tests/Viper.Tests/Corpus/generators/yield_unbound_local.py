# `yield x` of a local that is unbound (deleted, or assigned only on a path not taken) raises
# UnboundLocalError at the yield, however the generator is resumed: a for loop, next(), send(), a
# consuming builtin, yield from.


def deleted():
    x = 1
    yield x
    del x
    yield x


def conditional(flag):
    if flag:
        value = "set"
    yield "before"
    yield value


def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        gone = 1
        del gone
        yield gone


def delegating():
    result = yield from deleted()
    yield result


def attempt(label, run):
    try:
        print(label, run())
    except UnboundLocalError as error:
        print(label, "UnboundLocalError:", error)


def loop_over(generator):
    seen = []
    for item in generator:
        seen.append(item)
    return seen


for _ in range(3):
    attempt("list", lambda: list(deleted()))
    attempt("loop", lambda: loop_over(deleted()))
    attempt("sum", lambda: sum(deleted()))
    attempt("set", lambda: set(conditional(False)))
    attempt("taken path", lambda: list(conditional(True)))
    attempt("handler", lambda: list(in_handler()))
    attempt("yield from", lambda: list(delegating()))
    generator = deleted()
    attempt("next", lambda: (next(generator), next(generator)))
    attempt("next after", lambda: next(generator, "exhausted"))
    generator = conditional(False)
    attempt("send", lambda: (generator.send(None), generator.send("ignored")))

