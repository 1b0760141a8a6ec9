# types.ModuleType (the module type) called to make an empty module, its attributes and errors; vars() and __dict__ of modules.
import types
m = types.ModuleType("m")
print(m, m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
print(sorted(vars(m)))
m.x = 5
print(m.x, sorted(m.__dict__))
d = types.ModuleType("d", "the doc")
print(d.__doc__, repr(d))
k = types.ModuleType(name="k", doc=None)
print(k, type(k) is types.ModuleType, isinstance(k, types.ModuleType))
for args, kwargs in [((), {}), ((1,), {}), (("a", "b", "c"), {}), (("a",), {"other": 1}), (("a",), {"name": "b"})]:
    try:
        types.ModuleType(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
import math
print(type(vars(math)).__name__, math.__dict__ is vars(math), vars(m) is m.__dict__)
m.__dict__["y"] = 9
print(m.y)
exec("z = y * 2", m.__dict__)
print(m.z)
