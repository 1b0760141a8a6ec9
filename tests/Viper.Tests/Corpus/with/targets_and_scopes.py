# 'as' targets bind in whatever scope the statement is in: module, class body, function, global.
class M:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, exc_type, exc, tb):
        return exc_type is KeyError


class Config:
    with M("from class body") as setting:
        derived = setting.upper()
    print("in class:", setting)


print(Config.setting, Config.derived)

counter = 0


def bump():
    global counter
    with M(10) as counter:
        pass


bump()
print("global:", counter)


def local_only():
    with M("local") as name:
        pass
    return name


print(local_only())


def suppressed_leaves_target_bound():
    with M("bound") as name:
        raise KeyError
    return name


print(suppressed_leaves_target_bound())


# del of the target after the statement, and rebinding it inside.
with M(1) as t:
    t = t + 1
print(t)
del t
try:
    print(t)
except NameError as e:
    print(e)


# Recursion through with: every level's __exit__ runs as the RecursionError unwinds.
class Depth:
    exits = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        Depth.exits += 1


def dive(n):
    with Depth():
        return dive(n + 1)


try:
    dive(0)
except RecursionError as e:
    print("caught", type(e).__name__, Depth.exits > 900)


# SystemExit and KeyboardInterrupt pass through __exit__ like any exception.
class Show:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__, exc.args)
        return exc_type is KeyboardInterrupt


with Show():
    raise KeyboardInterrupt("suppressed")
try:
    with Show():
        raise SystemExit(4)
except SystemExit as e:
    print("code", e.code)


# The manager expression can be any expression.
managers = {"a": M("dict item")}
with managers["a"] as got:
    print(got)
with (M("first") if got else M("second")) as chosen:
    print(chosen)
