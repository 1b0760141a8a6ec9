# A function made at run time (lambda, closure, genexpr, nested def) takes its __module__ from its
# globals' __name__ when it is made: renamed, deleted and set again in between, in a dict that grows
# and moves its entries, and from one code object run in several globals dicts.


def make_lambda():
    return lambda: 1


def make_closure(x):
    def inner():
        return x
    return inner


def genexpr_code():
    return (i for i in range(2))


def modules():
    return make_lambda().__module__, make_closure(1).__module__, type(genexpr_code()).__name__


for _ in range(3):
    print("start", modules())

__name__ = "renamed"
for _ in range(3):
    print("renamed", modules())

made_before = [make_lambda() for _ in range(3)]
__name__ = 42
print("non-str name", make_lambda().__module__, [f.__module__ for f in made_before])

del __name__
for _ in range(3):
    print("deleted", make_lambda().__module__, make_closure(2).__module__)

for i in range(200):
    globals()["filler%d" % i] = i
print("still deleted after growth", make_lambda().__module__)

__name__ = "back"
for i in range(200, 400):
    globals()["filler%d" % i] = i
    if i % 50 == 0:
        print("growing", i, make_lambda().__module__)

for i in range(400):
    del globals()["filler%d" % i]
print("after removals", make_lambda().__module__, make_closure(3).__module__)

__name__ = "__main__"

source = """
def make():
    return lambda: 0
"""
code = compile(source, "<made>", "exec")
spaces = [{"__name__": "first"}, {"__name__": "second"}, {}]
makers = []
for space in spaces:
    exec(code, space)
    makers.append(space["make"])
for _ in range(3):
    print("exec", [maker().__module__ for maker in makers])
spaces[0]["__name__"] = "first renamed"
del spaces[1]["__name__"]
spaces[2]["__name__"] = "third"
print("exec changed", [maker().__module__ for maker in makers])
for round_number in range(4):
    print("alternating", round_number, [maker().__module__ for maker in makers[::-1] + makers])

f = make_lambda()
f.__module__ = "assigned"
print("assigned", f.__module__, make_lambda().__module__)
