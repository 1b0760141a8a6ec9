d = {1: 2, 3: 4}
print({1} & d.keys(), d.keys() & {1}, {1, 5} | d.keys(), {1, 5} - d.keys(), {1, 5} ^ d.keys())
print(d.keys() - {1}, d.keys() | [7], d.keys() ^ (3, 9), d.items() & {(1, 2)}, {(1, 2), (5, 6)} - d.items())
print(frozenset({1}) & d.keys(), d.keys() == {1, 3}, {1, 3} == d.keys(), d.keys() <= {1, 3, 5}, {1} < d.keys())
print(d.keys().isdisjoint({9}), d.keys().isdisjoint([1]))
try:
    {1} & d.values()
except TypeError as e:
    print("TypeError:", e)
try:
    {1} & [1]
except TypeError as e:
    print("TypeError:", e)
print((1, 2) in d.items(), (1, 3) in d.items(), 1 in d.items(), [1, 2] in d.items(), (9, 9) in d.items())
print(d.items() == {(1, 2), (3, 4)}, d.keys() != {1}, d.keys() == [1, 3], d.items() <= {(1, 2), (3, 4), (5, 6)}, d.keys() > {1}, d.keys() >= d.keys(), d.items() < d.items())
print({1, 3} == d.keys(), frozenset({1, 3}) >= d.keys(), d.keys() == d.items(), d.values() == d.values())
nan = float("nan")
n = {1: nan}
print((1, nan) in n.items(), (1, float("nan")) in n.items())
for expr in ("d.keys() < [1]", "d.values() < {1}", "{1} < d.values()", "d.keys() & 5", "5 - d.keys()", "([1], 2) in d.items()"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError:", e)
s = {1, 7}
s &= d.keys()
print(s, type(s).__name__, [1, 2] - d.keys(), (3, 8) ^ d.keys(), d.keys() | d.items())
for call in (lambda: d.keys().isdisjoint(), lambda: d.items().isdisjoint(1, 2), lambda: d.items().isdisjoint(5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(d.items().isdisjoint([(1, 2)]), d.items().isdisjoint({(1, 3)}), hasattr(d.values(), "isdisjoint"))
d[5] = 6
view = d.keys()
print(view & {5}, len(view - {1, 3}))
