# A class's __name__, __qualname__ and __module__ assigned after creation: reprs, messages, type checks.
class A: pass
A.__name__ = "b"
print(A.__name__, A, A.__qualname__)
A.__qualname__ = "q"
print(A.__name__, A, A.__qualname__)
try:
    A.__name__ = 3
except TypeError as e: print(e)
try:
    A.__qualname__ = None
except TypeError as e: print(e)
try:
    A.__name__ = "a\0b"
except ValueError as e: print(e)
try:
    int.__name__ = "x"
except TypeError as e: print(e)
print("__name__" in A.__dict__, "__qualname__" in A.__dict__)
a = A()
try:
    a.missing
except AttributeError as e: print(e)
class M(type): pass
class B(metaclass=M): pass
B.__name__ = "Renamed"
print(B.__name__, B)
class C: pass
C.__module__ = "builtins"
print(C)
print(type("E", (), {}))
print(int, type(None), type(iter([])), type({}.keys()))
import types
print(types.GenericAlias, types.MappingProxyType)
