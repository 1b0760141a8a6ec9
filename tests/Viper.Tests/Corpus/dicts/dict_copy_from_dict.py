# Copying and updating from a dict takes each entry with the hash it was stored under, as CPython
# does: a key's __hash__ is not called again by dict(d), d.copy(), d.update(d2), {**d} or
# dict(d, k=v); entries removed earlier are skipped; insertion order, overwrites and the result's
# independence from its source hold; from a hot function so every tier runs it.

hash_calls = 0


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        global hash_calls
        hash_calls += 1
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        return "Key(%r)" % self.name


class Table(dict):
    pass


def copies(source):
    return dict(source), source.copy(), {**source}, dict(source, extra=0)


def report(label, before):
    print(label, "hash calls", hash_calls - before)


for round_number in range(3):
    source = {Key("a"): 1, Key("b"): 2, "plain": 3, 4: "four"}
    before = hash_calls
    made = copies(source)
    report("copies", before)
    for copy in made:
        print(" ", copy)
    made[0]["new"] = 1
    print("source untouched", "new" in source, len(source))

    holes = {i: i * i for i in range(12)}
    for i in range(0, 12, 3):
        del holes[i]
    print("with holes", dict(holes))
    holes[0] = "back"
    print("re-added last", list(dict(holes))[-1])

    target = {Key("b"): "old", "z": 26}
    before = hash_calls
    target.update(source)
    report("update", before)
    print(" ", target)
    target.update(target)
    print("self update", target)

    subclass = Table(source)
    before = hash_calls
    print("from subclass", dict(subclass), type(dict(subclass)).__name__)
    report("subclass", before)
    print("into subclass", Table(holes))

    empty = dict({})
    empty[Key("c")] = 3
    print("empty grown", empty)
