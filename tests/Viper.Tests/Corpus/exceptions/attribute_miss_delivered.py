# A missing attribute raised by LOAD_ATTR and caught: on plain instances, slotted and exception
# instances, with __getattr__ and __getattribute__, properties that raise, modules and classes,
# the error's message, its context inside a handler, finally blocks on the way out,
# and an uncaught miss leaving several frames.
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


class Fallback:
    def __getattr__(self, name):
        if name == "virtual":
            return 42
        raise AttributeError(f"no {name} here")


class Guarded:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("guarded")
        return object.__getattribute__(self, name)


class WithProperty:
    @property
    def broken(self):
        return self.missing_inside


def probe(owner, name_case):
    try:
        if name_case == 0:
            return owner.missing
        if name_case == 1:
            return owner.virtual
        return owner.secret
    except AttributeError as e:
        return ("miss", type(e).__name__, str(e))


for owner in (Plain(), Slotted(), Fallback(), Guarded(), ValueError("v"), sys, Plain):
    print(type(owner).__name__, [probe(owner, case) for case in (0, 1, 2)])

p = Plain()
n = 0
for i in range(1000):
    try:
        p.missing
    except AttributeError:
        n += 1
    p.missing_later = i if i == 500 else None
    if i == 500:
        del p.missing_later
print("loop", n, hasattr(p, "missing"), getattr(p, "missing", "default"))

try:
    WithProperty().broken
except AttributeError as e:
    print("property", e)

try:
    try:
        raise KeyError("first")
    except KeyError:
        Plain().missing
except AttributeError as e:
    print("context", repr(e.__context__))

log = []


def leaves_through_finally():
    try:
        return Plain().missing
    finally:
        log.append("finally")


def outer():
    return leaves_through_finally()


try:
    outer()
except AttributeError as e:
    print("through finally", log, e)


def nested_handler():
    try:
        return Plain().gone
    except KeyError:
        return "wrong handler"


try:
    nested_handler()
except AttributeError as e:
    print("outer handler", e)

outer()
