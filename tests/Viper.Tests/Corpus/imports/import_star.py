# from module import *: __all__ when the module has one, else every name without a leading underscore.
from lib.starred import *

print(public_function(), PUBLIC_CONSTANT)
try:
    _private_helper
except NameError as error:
    print("NameError:", error)
try:
    _private_value
except NameError as error:
    print("NameError:", error)

from lib.starred_all import *
print(listed_one, _listed_private)
try:
    not_listed
except NameError as error:
    print("NameError:", error)

try:
    from lib.starred_bad_all import *
except TypeError as error:
    print("TypeError:", error)

try:
    from lib.starred_missing import *
except AttributeError as error:
    print("AttributeError:", error)
