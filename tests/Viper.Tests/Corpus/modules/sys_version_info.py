# sys.version_info: a tuple with named fields; tuple() of a tuple subclass is an exact tuple.
import sys
v = sys.version_info
print(v, v[:2], v.major, v.minor, v.releaselevel, v >= (3, 8), v < (3, 12), tuple(v), len(v), type(v).__name__, isinstance(v, tuple))
major, minor, *rest = v
print(major, minor, rest, "%d.%d" % v[:2], f"{v.major}.{v.minor}")
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
class T(tuple): pass
t = T((1, 2))
print(type(tuple(t)).__name__, tuple(t) == t, type(tuple((1,))).__name__)
x = (1, 2)
print(tuple(x) is x)
