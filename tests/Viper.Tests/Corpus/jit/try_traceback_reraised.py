# An uncaught exception re-raised from a compiled handler, and another raised in a handler:
# the traceback lists the same frames as CPython, with the chained one first.


def inner(d):
    return d["missing"]


def middle(d):
    try:
        return inner(d)
    except KeyError:
        raise


def cleanup(d):
    try:
        middle(d)
    finally:
        print("finally ran")


def handler_raises(d):
    try:
        cleanup(d)
    except KeyError:
        return int("zz")


for _ in range(3):
    try:
        middle({})
    except KeyError as e:
        print("caught", repr(e))
handler_raises({})
