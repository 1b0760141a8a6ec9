# Methods of builtin types (list.append, set.add, dict.get, list.pop, str.upper) called at sites
# of code compiled after they ran: a subclass with its own method, a subclass without, another
# type with a method of the same name, and errors raised by the builtin methods all behave as in
# the VM (JitTierTests runs this at the default thresholds, where the sites' caches are filled).

def collect(pairs):
    stones = []
    seen = set()
    counts = {}
    for key, value in pairs:
        stones.append(value)
        seen.add(key)
        counts[key] = counts.get(key, 0) + 1
    last = stones.pop()
    return len(stones), sorted(seen), counts, last

data = [(i % 5, i) for i in range(40)]
for _ in range(60):
    result = collect(data)
print(result)

class LoudList(list):
    def append(self, item):
        super().append(("loud", item))

class QuietSet(set):
    pass

class Recorder:
    def __init__(self):
        self.items = []

    def append(self, item):
        self.items.append(item)

    def add(self, item):
        self.items.append(("add", item))

def feed(target, items):
    for item in items:
        target.append(item)
    return target

def add_all(target, items):
    for item in items:
        target.add(item)
    return target

for _ in range(60):
    feed([], range(5))
    add_all(set(), range(5))
print(feed([], range(3)))
print(feed(LoudList(), range(3)))
print(feed(Recorder(), range(3)).items)
print(sorted(add_all(QuietSet(), [3, 1, 2])), type(add_all(QuietSet(), [1])).__name__)
print(add_all(Recorder(), "ab").items)

def shout(words):
    return [word.upper() for word in words]

for _ in range(60):
    shout(["a", "b"])

class Name(str):
    def upper(self):
        return "name:" + str.upper(self)

print(shout(["go", Name("x"), "stop"]))

def pop_all(items, n):
    out = []
    for _ in range(n):
        out.append(items.pop())
    return out

for _ in range(60):
    pop_all([1, 2, 3], 3)
try:
    pop_all([1, 2], 3)
except IndexError as error:
    print("IndexError:", error)

def lookups(table, keys):
    return [table.get(key) for key in keys]

for _ in range(60):
    lookups({"a": 1}, ["a", "b"])
try:
    lookups({"a": 1}, ["a", ["unhashable"]])
except TypeError as error:
    print("TypeError:", error)

def remove_all(target, items):
    for item in items:
        target.remove(item)
    return target

for _ in range(60):
    remove_all({1, 2, 3}, [1, 2])
try:
    remove_all({1, 2}, [1, 5])
except KeyError as error:
    print("KeyError:", error)

print(pop_all([7, 8, 9], 2))
