# sys.path is the live search list: a directory added at run time is searched by later imports.
import sys

print(type(sys.path).__name__, sys.path[0] == sys.path[0].rstrip("/"))
try:
    import toplevel
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)

sys.path.append(sys.path[0] + "/lib/extra")
import toplevel
print(toplevel.bump(), toplevel.bump())
import toplevel as again
print(again.bump(), again is toplevel, toplevel.__name__, toplevel.__package__ == "")
