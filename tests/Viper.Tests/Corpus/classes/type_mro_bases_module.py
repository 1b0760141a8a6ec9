# __mro__, __bases__, __base__, __module__ and mro() on builtin types and classes, and through a metaclass.
class A: pass
class B(A): pass
print(B.__mro__, B.__bases__, B.mro(), B.__module__, B.__base__, A.__base__)
print(int.__mro__, bool.__mro__, bool.__bases__, object.__bases__, object.__mro__, type.__mro__)
print(int.__module__, KeyError.__mro__, KeyError.__bases__, KeyError.__module__)
print(type.mro(B), int.mro(), type.mro(int), object.__base__)
print(int.__name__, int.__qualname__)
print(dict.__base__, bool.__base__)
class M(type):
    def mro(cls): return super().mro()
class C(metaclass=M): pass
print(C.mro(), C.__mro__)
print(B.__call__ is not None, callable(B.mro))
try: type.mro(5)
except TypeError as e: print(e)
try: B.mro(1)
except TypeError as e: print(e)
try: B.nothing
except AttributeError as e: print(e)
try: int.nothing
except AttributeError as e: print(e)
