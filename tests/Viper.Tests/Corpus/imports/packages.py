# Packages, dotted imports, 'as', from-imports and relative imports inside packages.
import sys

print("before import")
import lib.shapes.solids.cube
print("after import")
print(lib.shapes.solids.cube.volume(3))
print(lib.shapes.solids.cube.describe())
print(lib.shapes.square_area(4))
print(lib.__name__, lib.shapes.__name__, lib.shapes.solids.__name__)
print(lib.shapes.__package__, lib.shapes.square.__package__, lib.shapes.solids.cube.__package__)
print(type(lib.shapes.__path__).__name__, len(lib.shapes.__path__))
print(hasattr(lib.shapes.square, "__path__"))

# A second import runs nothing again and gives the same module objects.
import lib.shapes.solids.cube as cube_module
import lib.shapes as shapes_again
print(cube_module is lib.shapes.solids.cube, shapes_again is lib.shapes)

from lib.shapes.solids import cube, helpers
print(cube is cube_module, helpers.SCALE)
from lib.shapes import square as sq, UNIT
print(sq.area(5), UNIT)
from lib.shapes.square import area as square_area
print(square_area(6))

# Importing a package does not import its submodules until asked; then they become attributes.
import lib.nsonly
print(hasattr(lib.nsonly, "inner"))
from lib.nsonly.inner import leaf
print(leaf.VALUE, hasattr(lib.nsonly, "inner"), lib.nsonly.inner.leaf is leaf)
print(lib.nsonly.__file__)

for name in ["lib", "lib.shapes", "lib.shapes.square", "lib.shapes.solids", "lib.shapes.solids.cube", "lib.nsonly.inner.leaf", "lib.extra"]:
    print(name, name in sys.modules)
print(sys.modules["lib.shapes"] is lib.shapes)
print(__name__, __package__)


def import_in_function():
    import lib.shapes.square
    from lib.shapes.solids.cube import volume
    return lib.shapes.square.area(2), volume(2)


print(import_in_function())
