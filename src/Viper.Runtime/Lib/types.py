"""Names for the types of built-in objects, written for Viper."""

import sys


def _function():
    pass


def _generator():
    yield


class _Class:
    def method(self):
        pass


def _cell():
    value = None

    def read():
        return value

    return read.__closure__[0]


FunctionType = LambdaType = type(_function)
CellType = type(_cell())
CodeType = type(compile("", "<types>", "exec"))
GeneratorType = type(_generator())
MethodType = type(_Class().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)



class MappingProxyType:
    """A read-only view of a mapping: reads go to the mapping, writes are refused."""

    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        proxy = object.__new__(cls)
        object.__setattr__(proxy, "_mapping", mapping)
        return proxy

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"

del sys, _function, _generator, _Class, _cell
