# An exception thrown into a generator at a yield inside a try, handled there by raising another:
# both tracebacks name the generator's lines (the yield, then the raise in the handler), after the
# generator ran often enough for the tiers to compile it.


def attempts(limit):
    total = 0
    try:
        for i in range(limit):
            total += i
            yield total
    except KeyError as e:
        raise ValueError("gave up at %d after %r" % (total, e.args[0]))
    finally:
        print("finally with total", total) if limit == 3 else None


def drive():
    for _ in range(300):
        g = attempts(10)
        next(g)
        next(g)
        try:
            g.throw(KeyError("quiet"))
        except ValueError:
            pass
    g = attempts(3)
    next(g)
    next(g)
    g.throw(KeyError("loud"))


drive()
