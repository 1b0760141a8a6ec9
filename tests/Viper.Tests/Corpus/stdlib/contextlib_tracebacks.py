# An exception leaving a generator context manager keeps the traceback of the with block that raised it.
from contextlib import contextmanager, ExitStack


@contextmanager
def managed(label):
    try:
        yield label
    finally:
        print("cleanup", label)


def inner():
    with managed("inner") as name:
        return len(name) // 0


def through_stack():
    with ExitStack() as stack:
        stack.enter_context(managed("stacked"))
        try:
            inner()
        except ZeroDivisionError as e:
            tb = e.__traceback__
            depth = 0
            while tb is not None:
                depth += 1
                tb = tb.tb_next
            print("frames in traceback:", depth)
            raise


def rethrown():
    err = ValueError("kept")
    try:
        raise err
    except ValueError as caught:
        saved = caught.__traceback__
    fresh = ValueError("fresh")
    fresh.__traceback__ = saved
    print(fresh.__traceback__.tb_lineno == saved.tb_lineno)
    fresh.__traceback__ = None
    print(fresh.__traceback__)
    try:
        fresh.__traceback__ = 5
    except TypeError as e:
        print("TypeError:", e)


rethrown()
through_stack()
