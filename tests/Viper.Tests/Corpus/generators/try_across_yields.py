# try statements inside generators, in every way through them: an exception caught after a
# yield, a yield inside try, except, else and finally blocks, throw() into a suspended try,
# close() running finally blocks, return inside try, with blocks, and yield from under a try.
# Each generator runs many times so that the tiers compile it while the program runs.
import sys


class Contradiction(Exception):
    pass


def caught_after_resume(values):
    for v in values:
        try:
            if v < 0:
                raise Contradiction(v)
            yield v * 2
        except Contradiction as e:
            yield "caught %s" % e.args[0]


def yield_in_except():
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


def yield_in_finally(log):
    try:
        yield "body"
    finally:
        log.append("finally started")
        yield "in finally"
        log.append("finally ended")


def handler_reads_local():
    before = "set before the try"
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "handler sees %r and %r" % (before, e.args[0])


def handler_reads_yield_target():
    received = "initial"
    try:
        received = yield "first"
        received = yield "second"
    except RuntimeError:
        yield "received was %r" % (received,)


def closing(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("closed")


def returns_in_try(n):
    try:
        yield n
        return "returned %d" % n
    finally:
        yield "finally after return"


def with_block(log):
    class Manager:
        def __enter__(self):
            log.append("enter")
            return self

        def __exit__(self, kind, value, tb):
            log.append("exit %s" % (kind.__name__ if kind else None))
            return kind is ZeroDivisionError

    with Manager():
        yield "inside with"
        1 / 0
    yield "after with"


def inner(n):
    yield n
    if n % 2:
        raise Contradiction("odd %d" % n)
    return "inner done %d" % n


def delegating(n):
    try:
        result = yield from inner(n)
        yield result
    except Contradiction as e:
        yield "delegate raised %s" % e


def loop_exits(log):
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            yield i
        finally:
            log.append(i)
    try:
        yield "replaced"
    finally:
        raise KeyError("from finally")


def search(domains, depth, stats):
    stats["nodes"] += 1
    try:
        if depth in domains:
            raise Contradiction(depth)
    except Contradiction:
        stats["dead ends"] += 1
        return
    if depth >= 4:
        if depth == 4:
            yield [depth]
        return
    for step in (1, 2):
        for found in search(domains, depth + step, stats):
            yield [depth] + found
        yield from search(domains, depth + step + 1, stats)


def run(rounds):
    results = []
    for _ in range(rounds):
        results.append(list(caught_after_resume([1, -2, 3])))

        g = yield_in_except()
        first = next(g)
        outside = repr(sys.exc_info()[1])
        results.append((first, outside, next(g), next(g)))
        try:
            raise IndexError("consumer's")
        except IndexError:
            g = yield_in_except()
            results.append((next(g), repr(sys.exc_info()[1]), next(g), next(g)))

        log = []
        g = yield_in_finally(log)
        results.append((next(g), next(g), list(g), log))
        log = []
        g = yield_in_finally(log)
        next(g)
        try:
            g.close()
        except RuntimeError as e:
            results.append(("close", str(e), log))

        g = handler_reads_local()
        next(g)
        results.append(g.throw(ValueError("thrown")))
        g = handler_reads_local()
        next(g)
        next(g)
        results.append(g.throw(ValueError("thrown later")))
        g = handler_reads_local()
        next(g)
        try:
            g.throw(TypeError("not handled"))
        except TypeError as e:
            results.append(("propagated", str(e), list(g)))

        g = handler_reads_local()
        try:
            g.throw(ValueError("thrown before the start"))
        except ValueError as e:
            results.append(("not caught by a try not yet entered", str(e), list(g)))

        g = handler_reads_yield_target()
        next(g)
        g.send("sent value")
        results.append(g.throw(RuntimeError))
        g = handler_reads_yield_target()
        next(g)
        results.append(g.throw(RuntimeError))

        log = []
        g = closing(log)
        results.append((next(g), next(g)))
        g.close()
        results.append((log, list(g)))

        g = returns_in_try(7)
        results.append((next(g), next(g)))
        try:
            next(g)
        except StopIteration as e:
            results.append(("stop", e.value))

        log = []
        results.append((list(with_block(log)), log))
        log = []
        g = with_block(log)
        next(g)
        g.close()
        results.append(log)

        results.append([list(delegating(n)) for n in range(3)])
        g = delegating(4)
        next(g)
        results.append(g.throw(Contradiction("thrown through yield from")))

        log = []
        g = loop_exits(log)
        items = [next(g) for _ in range(4)]
        try:
            g.throw(ValueError("replaced by the finally's"))
        except KeyError as e:
            results.append((items, log, repr(e), repr(e.__context__)))

        stats = {"nodes": 0, "dead ends": 0}
        results.append((list(search({3, 6}, 0, stats)), stats))
    return results


first = run(1)
for line in first:
    print(line)
many = run(300)
print(many == first * 300)
