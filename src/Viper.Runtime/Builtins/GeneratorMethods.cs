using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of generator objects: <c>__next__</c>, <c>__iter__</c>, <c>send</c>, <c>throw</c> and <c>close</c>.</summary>
public static class GeneratorMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "__next__", (vm, args) =>
        {
            NoArguments(args);
            return Self(args).Send(Value.None);
        });
        BuiltinMethods.Add(type, "__iter__", (vm, args) =>
        {
            NoArguments(args);
            return args[0];
        });
        BuiltinMethods.Add(type, "send", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "generator.send");
            return Self(args).Send(args[1]);
        });
        BuiltinMethods.Add(type, "throw", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "throw", 1, 3);
            var error = ThrownException(vm, args);
            return vm.ThrowIntoGenerator(Self(args), error, out var result) ? result : throw PyGenerator.StopIterationFor(result);
        });
        BuiltinMethods.Add(type, "close", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "generator.close");
            vm.CloseGenerator(Self(args));
            return Value.None;
        });
    }

    /// <summary>The slot wrappers' check: CPython words it without the method's name.</summary>
    private static void NoArguments(CallArgs args)
    {
        ArgumentCheck.NoKeywords(args, "generator");
        if (args.Count != 1)
        {
            throw PyErrors.TypeError($"expected 0 arguments, got {args.Count - 1}");
        }
    }

    private static PyGenerator Self(CallArgs args) => (PyGenerator)args[0].Ref!;

    /// <summary>The exception <c>throw(type[, value[, traceback]])</c> raises, made as CPython 3.11 makes it.</summary>
    private static PyBaseException ThrownException(Interpreter vm, CallArgs args)
    {
        var traceback = args.Count > 3 ? args[3] : Value.None;
        if (!traceback.IsNone && traceback.Ref is not PyTraceback)
        {
            throw PyErrors.TypeError("throw() third argument must be a traceback object");
        }

        var error = MadeException(vm, args[1], args.Count > 2 ? args[2] : Value.None);
        if (!traceback.IsNone)
        {
            ExceptionAttributes.ReplaceTraceback(error, traceback);
        }

        return error;
    }

    private static PyBaseException MadeException(Interpreter vm, Value kind, Value value)
    {
        if (kind.Ref is PyBaseException instance)
        {
            return value.IsNone ? instance : throw PyErrors.TypeError("instance exception may not have a separate value");
        }

        if (kind.Ref is not PyType type || !type.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            throw PyErrors.TypeError($"exceptions must be classes or instances deriving from BaseException, not {TypeNames.Of(kind)}");
        }

        if (value.Ref is PyBaseException given && given.Type.IsSubtypeOf(type))
        {
            return given;
        }

        Value[] constructorArgs = value.IsNone ? [] : value.Ref is PyTuple tuple ? tuple.Items : [value];
        return vm.Call(kind, constructorArgs).Ref is PyBaseException made
            ? made
            : throw PyErrors.TypeError($"calling {Repr.Of(kind)} should have returned an instance of BaseException");
    }
}
