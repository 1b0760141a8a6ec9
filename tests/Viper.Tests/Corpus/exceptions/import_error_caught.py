# A failed import is a ModuleNotFoundError, catchable as ImportError; the program goes on.
try:
    import no_such_module_for_viper
except ImportError as e:
    print(type(e).__name__, e)

try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)

import sys
print("sys imported", sys.maxsize > 0)
