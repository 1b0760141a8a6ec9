"""The program kinds of tools/differential_fuzz.py: each takes a random.Random and returns a program."""
from .attributes import attributes_program
from .classes import classes_program
from .closures import closures_program
from .containers import containers_program
from .exceptions import exceptions_program
from .expressions import expressions_program
from .formatting import formatting_program
from .generators import generators_program
from .loops import loops_program
from .methods import methods_program
from .strings import strings_program

KINDS = {"expressions": expressions_program, "loops": loops_program, "formatting": formatting_program,
         "classes": classes_program, "generators": generators_program, "exceptions": exceptions_program,
         "containers": containers_program, "closures": closures_program,
         "attributes": attributes_program, "strings": strings_program,
         "methods": methods_program}
