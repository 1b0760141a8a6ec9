# yield from a generator runs the delegate's frame in the dispatch loop; each item leaves through
# every delegating generator, which must stay suspended at its yield from in between.

def leaf(n, log):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                log.append(("leaf got", got))
        return "leaf-done"
    finally:
        log.append("leaf finally")


def middle(n, log):
    result = yield from leaf(n, log)
    log.append(("middle result", result))
    yield "middle-tail"
    return "middle-done"


def top(n, log):
    result = yield from middle(n, log)
    log.append(("top result", result))


log = []
print(list(top(3, log)), log)
log = []
print(sum(x for x in top(4, log) if isinstance(x, int)), log)
log = []
for item in top(2, log):
    print("for", item)
print(log)

# Stepping by hand: gi_yieldfrom shows the chain while suspended.
log = []
gen = top(3, log)
print(next(gen), gen.gi_yieldfrom.__name__, gen.gi_yieldfrom.gi_yieldfrom.__name__, gen.gi_running)
print(gen.send("hello"), log)
print(gen.throw(KeyError) if False else next(gen))
gen.close()
print(log, gen.gi_yieldfrom)


# A delegate raising: the error comes out at the yield from, where a handler can take it.
def failing():
    yield 1
    raise ValueError("inner")


def catching():
    try:
        yield from failing()
    except ValueError as error:
        yield "caught " + str(error)
    yield "after"


print(list(catching()))


def not_catching():
    yield from failing()


try:
    list(not_catching())
except ValueError as error:
    print("escaped", error)


# StopIteration raised inside a delegate is a RuntimeError, as anywhere in a generator.
def raises_stop():
    yield 1
    raise StopIteration("inside")


def outer_of_stop():
    yield from raises_stop()


try:
    print(list(outer_of_stop()))
except RuntimeError as error:
    print(type(error).__name__, error, repr(error.__cause__))


# Throwing into and closing a suspended chain reach the innermost generator.
def noisy_leaf():
    try:
        yield 1
        yield 2
    except KeyError:
        print("leaf handled KeyError")
        yield "recovered"
    finally:
        print("noisy leaf finally")


def noisy_outer():
    yield from noisy_leaf()
    yield "outer-end"


gen = noisy_outer()
print(next(gen), gen.throw(KeyError), next(gen))
gen.close()


# A partly used delegate, an exhausted one, and one that is already running.
inner = leaf(4, [])
next(inner)


def resume_partly():
    return (yield from inner)


print(list(resume_partly()), list(resume_partly()))


def self_delegating():
    yield from me


me = self_delegating()
try:
    next(me)
except ValueError as error:
    print("self:", error)


# Deep recursion through yield from, as in tree walks.
def tree(depth):
    if depth == 0:
        yield depth
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


print(sum(tree(12)), len(list(tree(10))), max(tree(8)), list(tree(2)))


def bottomless(n):
    yield n
    yield from bottomless(n + 1)


try:
    for value in bottomless(0):
        pass
except RecursionError:
    print("recursion error at depth", value > 100)
