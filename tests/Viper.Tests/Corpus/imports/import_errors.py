# The import system's errors: their types, messages and the module name they carry.
import sys

here = sys.path[0]


def attempt(statement):
    try:
        exec_import(statement)
    except ImportError as error:
        print(type(error).__name__ + ":", str(error).replace(here, "<dir>"), "| name:", error.name)


def exec_import(statement):
    if statement == "nosuch":
        import nosuch_module_anywhere
    elif statement == "dotted nosuch":
        import lib.nosuch_submodule
    elif statement == "deep nosuch":
        import lib.shapes.nothing.deeper
    elif statement == "not a package":
        import lib.starred.inner
    elif statement == "builtin not a package":
        import math.inner
    elif statement == "missing name":
        from lib.starred import no_such_name
    elif statement == "missing name in package":
        from lib.shapes import no_such_thing
    elif statement == "missing name in builtin":
        from sys import no_such_thing
    elif statement == "relative from main":
        from . import anything
    elif statement == "relative beyond top":
        import lib.too_far
    elif statement == "circular":
        import lib.circular_a
    elif statement == "broken module":
        import lib.raises_on_import


for statement in ["nosuch", "dotted nosuch", "deep nosuch", "not a package", "builtin not a package",
                  "missing name", "missing name in package", "missing name in builtin", "relative from main",
                  "relative beyond top", "circular"]:
    attempt(statement)

print(issubclass(ModuleNotFoundError, ImportError), ImportError("plain").name, ImportError("plain").path)

# A module whose code fails is not left in sys.modules, so the next import runs it again.
for attempt_number in range(2):
    try:
        exec_import("broken module")
    except ZeroDivisionError as error:
        print("attempt", attempt_number, "ZeroDivisionError:", error, "lib.raises_on_import" in sys.modules)

# sys.modules entries win over the file system; None blocks an import.
sys.modules["lib.fake"] = sys
import lib.fake
print(hasattr(lib, "fake"))
import lib.fake as fake
print(fake is sys)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as error:
    print(type(error).__name__ + ":", error)
