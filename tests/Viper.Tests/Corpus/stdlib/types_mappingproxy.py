# types.MappingProxyType: a read-only view that follows its mapping.
from types import MappingProxyType
d = {"a": 1, "b": 2}
m = MappingProxyType(d)
print(m, type(m), len(m), m["a"], "a" in m, list(m), m.get("z", 0), m == {"a": 1, "b": 2})
print(list(m.keys()), list(m.values()), list(m.items()), m.copy(), m | {"c": 3}, list(reversed(m)))
d["c"] = 3
print(m)
for bad in ([1, 2], 5):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del m["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    m.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(MappingProxyType.__name__)
from types import MappingProxyType as M; print(repr(M({1:2})), [M({})])
