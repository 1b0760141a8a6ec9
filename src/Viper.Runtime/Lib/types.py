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

del sys, _function, _generator, _Class, _cell
