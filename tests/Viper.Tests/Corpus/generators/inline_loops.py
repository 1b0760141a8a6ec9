def numbers(n):
    for i in range(n):
        yield i


def failing(n):
    for i in range(n):
        if i == 2:
            raise ValueError("at two")
        yield i


def consume():
    seen = []
    try:
        for x in failing(5):
            seen.append(x)
    except ValueError as e:
        print("caught in consumer", e, seen)
    g = failing(5)
    for x in g:
        try:
            print("item", x)
        finally:
            pass
        if x == 1:
            break
    print("resumed by next:", next(g, "skipped"))
    try:
        next(g)
    except ValueError as e:
        print("raises on resume", e)
    print("finished:", list(g), next(g, "done"))


consume()


def mixed():
    g = numbers(6)
    print(next(g))
    for x in g:
        if x == 3:
            break
    print(next(g), list(g))


mixed()


def handler_in_generator():
    try:
        raise KeyError("original")
    except KeyError:
        yield "inside handler"
        yield "still inside"
        raise


def consumer_with_own_exception():
    out = []
    try:
        for item in handler_in_generator():
            out.append(item)
            try:
                raise TypeError("consumer's own")
            except TypeError:
                pass
    except KeyError as e:
        print("re-raised", repr(e), out)


consumer_with_own_exception()


def chained():
    try:
        yield 1
        raise OSError("in generator")
    finally:
        print("generator cleanup")


def consumer_handling():
    try:
        raise LookupError("consumer is handling this")
    except LookupError:
        try:
            for _ in chained():
                pass
        except OSError as e:
            print(repr(e), repr(e.__context__))


consumer_handling()


def returns_in_finally():
    try:
        yield 1
        return
    finally:
        print("finally on return")


for v in returns_in_finally():
    print("got", v)


def self_aware():
    yield me.gi_running


me = self_aware()
for flag in me:
    print("running inside:", flag)
print("running after:", me.gi_running)


def stop_iteration_inline():
    yield 1
    raise StopIteration


try:
    for v in stop_iteration_inline():
        print("v", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def reenter():
    for x in g_self:
        yield x


g_self = reenter()
try:
    for v in g_self:
        pass
except ValueError as e:
    print("ValueError", e)


def nested_loops():
    total = 0
    for a in numbers(3):
        for b in numbers(a + 1):
            for c in (x * 2 for x in numbers(b + 1)):
                total += a * 100 + b * 10 + c
    return total


print(nested_loops())
print([x for x in numbers(5) if x % 2], {x: y for x, y in zip(numbers(3), numbers(10))})
