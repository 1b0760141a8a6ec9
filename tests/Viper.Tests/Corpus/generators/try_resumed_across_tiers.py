# Generators suspended inside try statements by one tier and resumed by another: the first ones
# stop inside an except block (handling an exception) and inside a finally block before the
# function is hot; many more calls make it hot; then the early ones go on, are thrown into and
# closed, and must still see the exception they were handling.
import sys


def worker(tag, log):
    try:
        raise LookupError(tag)
    except LookupError:
        sent = yield "handling %r" % (sys.exc_info()[1],)
        log.append((tag, "resumed with", sent, repr(sys.exc_info()[1])))
        try:
            yield "nested"
        except ValueError as e:
            log.append((tag, "caught", repr(e), repr(e.__context__), repr(sys.exc_info()[1])))
            yield "after catch"
    finally:
        log.append((tag, "finally", repr(sys.exc_info()[1])))
    yield "done"


log = []
early = [worker("early%d" % i, log) for i in range(3)]
for g in early:
    print(next(g))
print("consumer sees", repr(sys.exc_info()[1]))

hot_log = []
for i in range(400):
    g = worker(i, hot_log)
    next(g)
    g.send(i)
    g.throw(ValueError(i))
    list(g)
print(len(hot_log), hot_log[:4])

print(early[0].send("a"))
print(early[0].throw(ValueError("thrown late")))
print(list(early[0]))
print(early[1].send("b"))
early[1].close()
try:
    raise OSError("consumer handles this")
except OSError:
    print(early[2].send("c"))
    print(repr(sys.exc_info()[1]))
print(next(early[2]))
print("consumer sees", repr(sys.exc_info()[1]))
for entry in log:
    print(entry)
