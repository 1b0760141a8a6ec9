print({x % 4 for x in range(20)})
print({c for c in "mississippi"} == set("misp"))
print(sorted({w.lower() for w in "A a B b c".split()}))
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({c: "mississippi".count(c) for c in "mississippi"})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({x: [y for y in range(x)] for x in range(4)})
print({frozenset({x}) for x in range(3)} == {frozenset({0}), frozenset({1}), frozenset({2})})
print(len({x // 2 for x in range(100)}), {x for x in []}, {k: 1 for k in ""})
print({i: {j for j in range(i)} for i in range(3)})
order = []


def key(k):
    order.append(("key", k))
    return k


def value(v):
    order.append(("value", v))
    return v


print({key(i): value(i * 10) for i in range(2)})
print(order)
print({1: "a", True: "b", 1.0: "c"}, {k: k for k in [1, True, 1.0]})
