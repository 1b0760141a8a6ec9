# types: the names of the built-in objects' types.
import sys
import types


def function():
    yield


class Owner:
    def method(self):
        pass


print(types.FunctionType, types.LambdaType is types.FunctionType, types.BuiltinFunctionType, types.ModuleType)
print(types.GeneratorType, types.MethodType, types.CodeType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(function, types.FunctionType), isinstance(function(), types.GeneratorType), isinstance(Owner().method, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(compile("1", "<s>", "eval"), types.CodeType), isinstance(None, types.NoneType), isinstance(Owner.method, types.MethodType))
print(types.CellType, isinstance((lambda x: lambda: x)(1).__closure__[0], types.CellType), isinstance(1, types.CellType))

# CellType makes cells: empty, or holding its argument.
made = types.CellType(), types.CellType([1])
print(made[1].cell_contents, made[0] < made[1], made[1] == types.CellType([1]))
try:
    made[0].cell_contents
except ValueError as error:
    print(type(error).__name__, error)
for args, kwargs in (((1, 2), {}), ((), {"x": 1})):
    try:
        types.CellType(*args, **kwargs)
    except TypeError as error:
        print(type(error).__name__, error)
