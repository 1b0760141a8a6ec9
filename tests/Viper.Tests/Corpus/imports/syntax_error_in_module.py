# A syntax error in an imported module is a SyntaxError the importer can catch, with the module's
# file, line and text; the module is not left in sys.modules.
import sys

try:
    import lib.bad_syntax
except SyntaxError as error:
    print(type(error).__name__, error.msg, error.filename.endswith("lib/bad_syntax.py"), error.lineno, error.offset, repr(error.text))
    print(str(error))
print("lib.bad_syntax" in sys.modules)
try:
    from lib import bad_indent
except IndentationError as error:
    print(type(error).__name__, error.msg, error.lineno, isinstance(error, SyntaxError))
print("uncaught next")
import lib.bad_syntax
