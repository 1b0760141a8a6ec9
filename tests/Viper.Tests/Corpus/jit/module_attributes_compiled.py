# Module attributes read and called from compiled code (math.sqrt(x), math.pi) through the
# site's cache: the module's attribute rebound, deleted and re-added, other names added to the
# module, and one site reading several modules.
import math
import sys
import time


def f(x):
    return math.sqrt(x), math.pi, math.floor(x)


for i in range(100):
    f(4.0)
print(f(4.0))
original_sqrt, original_pi = math.sqrt, math.pi
math.sqrt = lambda x: "rebound"
math.pi = 3
print(f(4.0))
del math.sqrt
try:
    print(f(4.0))
except AttributeError as e:
    print(type(e).__name__, e)
math.extra = 1
math.sqrt = abs
print(f(-4.0))
math.sqrt, math.pi = original_sqrt, original_pi
del math.extra
print(f(2.0))


def name_of(module):
    return module.__name__, module.__name__.upper()


for i in range(100):
    name_of(math)
print(name_of(math), name_of(sys), name_of(time), name_of(math))


def missing(module):
    return module.no_such_attribute


for module in (math, sys):
    try:
        missing(module)
    except AttributeError as e:
        print(type(e).__name__, e)
