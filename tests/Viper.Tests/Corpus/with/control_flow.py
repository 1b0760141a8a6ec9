# return, break and continue leave the body through __exit__(None, None, None).
class M:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t)
        return self.suppress


def early(flag):
    with M("r"):
        if flag:
            return "early"
        print("not early")
    return "late"


print(early(True))
print(early(False))


def value_first():
    with M("v") as m:
        return m.name + " computed before exit"


print(value_first())


def nested_return():
    with M("a"), M("b"):
        with M("c"):
            return 42


print(nested_return())

for i in range(5):
    with M(str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
print("loop done")

n = 0
while True:
    with M("w%d" % n):
        n += 1
        if n < 3:
            continue
        break
print("n", n)


# break through with and finally together.
for i in range(3):
    try:
        with M("tf"):
            break
    finally:
        print("finally")


# A loop inside the body: break leaves only the loop, not the with.
with M("outer"):
    for i in range(10):
        if i == 2:
            break
    print("still inside", i)


# return inside a with inside a loop inside a with.
def deep():
    with M("d1"):
        for i in range(3):
            with M("d2-%d" % i):
                if i == 1:
                    return i


print(deep())


# return from a suppressed with, and return inside except inside with.
def after_suppress():
    with M("s", suppress=True):
        raise ValueError
    return "after suppress"


print(after_suppress())


def handler_return():
    with M("h"):
        try:
            raise KeyError
        except KeyError:
            return "from handler"


print(handler_return())


# __exit__ on return may itself raise: the return is abandoned.
class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit on return")


def abandoned():
    try:
        with ExitRaises():
            return "lost"
    except RuntimeError as e:
        return "caught " + str(e)


print(abandoned())


# continue with a suppressing manager inside a loop.
for i in range(3):
    with M("c%d" % i, suppress=True):
        if i == 0:
            continue
        raise ValueError(i)
    print("after with", i)
