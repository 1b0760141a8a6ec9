# An exception raised inside a compiled generator's body carries its frame in the traceback.
def parse(items):
    for item in items:
        yield int(item) * 2


def total(items):
    return sum(parse(items))


for _ in range(50):
    total(["1", "2", "3"])
print(total(["4", "5"]))
total(["1", "x", "3"])
