# A set looked for in a set (in, not in, remove, discard) is looked for as the frozenset of its
# items, as CPython's set does; adding one, hashing one and looking one up in a dict still fail.
family = {frozenset([1]), frozenset([1, 2]), frozenset(), 3}
print({1} in family, {2, 1} in family, set() in family, {3} in family, {1} not in family)
print(frozenset([1]) in family, 3 in family)
frozen_family = frozenset([frozenset("ab")])
print(set("ba") in frozen_family, set("abc") in frozen_family)
family.discard({1, 2})
family.discard({7})
print(sorted(map(sorted, (k for k in family if isinstance(k, frozenset)))))
family.remove(set())
print(len(family), frozenset() in family)
try:
    family.remove({9})
except KeyError as error:
    print("KeyError", error, type(error.args[0]).__name__)
for attempt in (lambda: family.add({1}), lambda: hash({1}), lambda: {1} in {frozenset([1]): 1},
                lambda: {frozenset([1])}.issuperset([{1}]), lambda: {1} in [frozenset([1])]):
    try:
        print(attempt())
    except TypeError as error:
        print("TypeError", error)
print({frozenset([1])} == {frozenset({1})}, {1: 2}.keys() <= {1, frozenset()})
hits = 0
pool = {frozenset([i, i + 1]) for i in range(50)}
for i in range(300):
    probe = {i % 60, i % 60 + 1}
    if probe in pool:
        hits += 1
        pool.discard(probe)
        pool.add(frozenset(probe))
print(hits, len(pool))
