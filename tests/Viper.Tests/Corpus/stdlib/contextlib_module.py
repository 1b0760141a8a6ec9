# contextlib: generator context managers and their ways out, ExitStack unwinding, suppress, redirect, closing, chdir.
import contextlib
import os
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout,
                        redirect_stderr, AbstractContextManager, ContextDecorator)


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")

try:
    with swallow():
        raise IndexError("not mine")
except IndexError as e:
    print("passed through", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with yields_after_throw():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def replaces():
    try:
        yield
    except ValueError as e:
        raise TypeError("replaced") from e


try:
    with replaces():
        raise ValueError("orig")
except TypeError as e:
    print("replaced:", e, "cause:", repr(e.__cause__))


@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop value")
except StopIteration as e:
    print("StopIteration passed through:", e)

try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError passed through:", e)

try:
    with plain():
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit passed through")


@contextmanager
def counting(log):
    log.append("enter")
    yield
    log.append("exit")


log = []


@counting(log)
def decorated(x):
    log.append(x)
    return x * 2


print(decorated(3), decorated(4), log)

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("reuse fails:", type(e).__name__)

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed KeyError")
with suppress(LookupError):
    [][1]
print("suppressed IndexError via LookupError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("suppress lets ZeroDivisionError through")
with suppress():
    pass
print("empty suppress ok")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise ValueError("v")
except ValueError:
    print("closed before propagating")

with nullcontext(42) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print("nullcontext default", v)



class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


c = Collector()
with redirect_stdout(c) as target:
    print("to the collector", 1, 2)
    print(target is c)
print("back on stdout:", "".join(c.parts))
e = Collector()
with redirect_stderr(e):
    print("err text", file=sys.stderr)
print("captured stderr:", e.parts)

r = redirect_stdout(c)
with r:
    with r:
        print("nested")
print("restored", sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("entered"))
    print("body")

with ExitStack() as stack:
    stack.callback(print, "should not run")
    moved = stack.pop_all()
print("popped; now closing the moved stack")
moved.close()


def exit_suppressing(exc_type, exc, tb):
    print("exit saw", exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(exit_suppressing)
    raise ValueError("suppressed by a pushed exit")
print("after suppression")


class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        if self.fail:
            raise RuntimeError("exit of " + self.name)
        return False


try:
    with ExitStack() as stack:
        stack.enter_context(CM("one", fail=True))
        stack.enter_context(CM("two", fail=True))
        raise KeyError("body")
except RuntimeError as e:
    print("final:", e, "| context:", e.__context__, "| its context:", repr(e.__context__.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)

with ExitStack() as stack:
    pushed = stack.push(CM("pushed"))
    print("push returned the object:", pushed.name)

print(issubclass(CM, AbstractContextManager), isinstance(CM("x"), AbstractContextManager),
      issubclass(int, AbstractContextManager))


class NoExit:
    def __enter__(self):
        return self

    __exit__ = None


print(issubclass(NoExit, AbstractContextManager))


class Mine(AbstractContextManager):
    def __exit__(self, *a):
        return None


with Mine() as m:
    print("AbstractContextManager.__enter__ returns self:", type(m).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)


class Deco(ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self

    def __exit__(self, *exc):
        print("deco exit")
        return False


@Deco()
def work():
    print("working")
    return "done"


print(work())

start = os.getcwd()
with contextlib.chdir("/"):
    print("in", os.getcwd())
print("back", os.getcwd() == start)


@contextmanager
def raises_on_enter():
    raise OSError("cannot enter")
    yield


try:
    with raises_on_enter():
        print("never")
except OSError as e:
    print("OSError:", e)
print([name for name in ("contextmanager", "ExitStack", "suppress", "closing", "nullcontext", "chdir") if name in contextlib.__all__])
