using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>Calling a class written in Python: <c>__new__</c> (or a fresh object of the class's layout), then <c>__init__</c>.</summary>
public static class Instantiation
{
    public static Value Create(Interpreter vm, PyType type, CallArgs args)
    {
        var hasInit = SpecialMethods.TryFind(type, "__init__", out var init);
        var hasNew = SpecialMethods.TryFind(type, "__new__", out var newMethod);
        Value instance;
        if (hasNew)
        {
            var function = newMethod.Ref is PyStaticMethod staticMethod ? staticMethod.Function : newMethod;
            instance = vm.Call(function, SpecialMethods.Prepend(Value.FromObject(type), args.All), args.KeywordNames);
            if (!instance.Type.IsSubtypeOf(type))
            {
                return instance;
            }
        }
        else
        {
            if (!hasInit && args.All.Length > 0 && type.LayoutBase == PyType.Object)
            {
                throw PyErrors.TypeError($"{type.Name}() takes no arguments");
            }

            instance = Allocate(vm, type, hasInit ? new CallArgs([], null) : args, args);
        }

        if (hasInit)
        {
            var result = SpecialMethods.CallBound(init, instance, args.All, args.KeywordNames);
            if (!result.IsNone)
            {
                throw PyErrors.TypeError($"__init__() should return None, not '{TypeNames.Of(result)}'");
            }
        }

        return instance;
    }

    /// <summary>
    /// A new instance laid out as the class's builtin base. Mutable bases start empty when the class
    /// has its own <c>__init__</c> (which may call theirs); immutable ones and exceptions take the call's
    /// arguments, as their <c>__new__</c> does.
    /// </summary>
    public static Value Allocate(Interpreter vm, PyType type, CallArgs initArgs, CallArgs newArgs)
    {
        var layout = type.LayoutBase;
        PyObject instance;
        if (layout == PyType.Object)
        {
            instance = new PyInstance(type);
        }
        else if (layout == ExceptionTypes.BaseException)
        {
            instance = new PyBaseException(type, newArgs.Positional.ToArray());
        }
        else if (layout == PyType.Tuple)
        {
            instance = new PyTuple([.. ((PyTuple)PyType.Tuple.Constructor!(vm, newArgs).Ref!).Items]);
        }
        else
        {
            instance = layout.Constructor!(vm, initArgs).AsObject;
        }

        instance.Type = type;
        return Value.FromObject(instance);
    }
}
