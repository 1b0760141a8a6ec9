# An exception raised while a module runs shows the importing line and the module's frame.
print("importing")
import lib.raises_on_import
