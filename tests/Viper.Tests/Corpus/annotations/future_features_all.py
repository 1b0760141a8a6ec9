# Every 3.11 feature name is accepted; star and a second docstring end the prefix.
"""doc"""
from __future__ import (nested_scopes, generators, division, absolute_import,
    with_statement, print_function, unicode_literals, generator_stop as stop)
from __future__ import annotations
import __future__
print(stop, sorted(__future__.__all__)[:3])
print(division.getOptionalRelease(), generators.getMandatoryRelease(), hex(unicode_literals.compiler_flag))
for source in ["from __future__ import *", "x = 1\nfrom __future__ import division", "from __future__ import braces",
               "'''doc'''\n'''second'''\nfrom __future__ import annotations"]:
    try:
        exec(source)
    except SyntaxError as e:
        print(e.msg, e.lineno)
