# The attributes a class keeps in its type object: what assigning and deleting them does.
class Numbered:
    __module__ = 5


print(Numbered, repr(Numbered()).split(" at ")[0])


class Documented:
    "doc"


for name in ("__name__", "__qualname__", "__module__", "__bases__", "__doc__", "__dict__", "__mro__", "missing"):
    try:
        delattr(Documented, name)
        print("deleted", name)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
print(Documented.__name__, Documented.__module__, Documented.__doc__)

for name in ("__dict__", "__mro__"):
    try:
        setattr(Documented, name, {})
    except AttributeError as error:
        print(type(error).__name__, error)
print(Documented.__mro__, "__doc__" in Documented.__dict__)

Documented.__module__ = "builtins"
print(Documented, repr(Documented()).split(" at ")[0])
Documented.__module__ = "pkg.mod"
print(Documented, repr(Documented()).split(" at ")[0])

for name in ("x", "__name__", "__doc__"):
    try:
        delattr(int, name)
    except TypeError as error:
        print(error)
try:
    int.x = 1
except TypeError as error:
    print(error)
