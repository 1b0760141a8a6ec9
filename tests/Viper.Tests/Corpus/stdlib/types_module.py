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
