# The basic protocol: __enter__'s result is bound by 'as', __exit__ gets three Nones.
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        print("exit", self.name, exc_type, exc_value, traceback)
        return False


with Manager("a") as value:
    print("body", value)
print("after")

with Manager("b"):
    print("no target")

m = Manager("c")
with m as got:
    print(got, m.name)


class ReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit args", exc_type, exc, tb)


with ReturnsSelf() as r:
    print(type(r).__name__)

# Targets may be attributes, subscripts and tuples.
class Holder:
    pass


class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, a, b, c):
        print("pair exit")


h = Holder()
with Pair() as h.value:
    print(h.value)
box = [0]
with Pair() as box[0]:
    print(box)
with Pair() as (x, y):
    print(x + y)
with Pair() as [p, q]:
    print(p, q)

# The manager expression is evaluated once, before __enter__.
def make(name):
    print("make", name)
    return Manager(name)


with make("d") as v:
    print(v)


# Inside a function, with locals.
def use():
    total = 0
    with Manager("f") as name:
        total += len(name)
    return total


print(use())

# __exit__ returning a truthy value with no exception changes nothing.
class Truthy:
    def __enter__(self):
        return 5

    def __exit__(self, exc_type, exc, tb):
        return "yes"


with Truthy() as five:
    print(five)
print("done")
