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
        if (!type.Type.IsBuiltin && SpecialMethods.TryFind(type.Type, "__call__", out var metaCall))
        {
            return SpecialMethods.CallBound(metaCall, Value.FromObject(type), args.All, args.KeywordNames);
        }

        return CreateDirect(vm, type, args);
    }

    /// <summary><c>type.__call__</c>: <c>__new__</c> then <c>__init__</c>, whatever the metaclass's own <c>__call__</c> says.</summary>
    public static Value CreateDirect(Interpreter vm, PyType type, CallArgs args)
    {
        var plan = PlanFor(type);
        Value instance;
        if (plan.New.IsBound)
        {
            var function = plan.New.Ref is PyStaticMethod staticMethod ? staticMethod.Function : plan.New;
            instance = vm.CallWithSelf(function, Value.FromObject(type), args.All, args.KeywordNames);
            if (!instance.Type.IsSubtypeOf(type))
            {
                return instance;
            }
        }
        else if (type.LayoutBase == PyType.Object)
        {
            if (plan.IsAbstract)
            {
                throw AbstractMethods.InstantiationError(type);
            }

            if (!plan.Init.IsBound && args.All.Length > 0)
            {
                throw PyErrors.TypeError($"{type.Name}() takes no arguments");
            }

            instance = Value.FromObject(new PyInstance(type));
        }
        else
        {
            instance = Allocate(vm, type, plan.Init.IsBound ? new CallArgs([], null) : args, args);
        }

        if (plan.Init.IsBound)
        {
            var result = SpecialMethods.CallBound(plan.Init, instance, args.All, args.KeywordNames);
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
            if (PlanFor(type).IsAbstract)
            {
                throw AbstractMethods.InstantiationError(type);
            }

            instance = new PyInstance(type);
        }
        else if (layout == ExceptionTypes.BaseException)
        {
            // Without an __init__ of its own the class's keywords go to its builtin base's (name=, obj=, path=).
            var exception = new PyBaseException(type, newArgs.Positional.ToArray());
            ExceptionAttributes.StoreKeywords(exception, initArgs);
            instance = exception;
        }
        else if (layout == PyType.Tuple)
        {
            instance = new PyTuple([.. ((PyTuple)PyType.Tuple.Constructor!(vm, newArgs).Ref!).Items]);
        }
        else if (layout == PyType.FrozenSet)
        {
            // The constructor may hand back the frozenset it was given, which must not become the subclass's instance.
            instance = SetAlgebra.Copy((PySet)PyType.FrozenSet.Constructor!(vm, newArgs).Ref!);
        }
        else if (layout == PyType.TypeType)
        {
            return Value.FromObject(Builtins.ClassBuiltins.NewClass(vm, type, newArgs));
        }
        else if (layout == PyType.Int || layout == PyType.Float || layout == PyType.Str)
        {
            var value = layout.Constructor!(vm, newArgs);
            if (type.IsBuiltin)
            {
                return value;
            }

            instance = value.Ref switch
            {
                PyStr s => PyStr.OfSubclass(s.Value, type),
                _ when Numbers.TryGetBigInteger(value, out var integer) => new PyBigInt(integer),
                _ => new PyFloat(value.AsFloat, type),
            };
        }
        else
        {
            instance = layout.Constructor!(vm, initArgs).AsObject;
        }

        instance.Type = type;
        return Value.FromObject(instance);
    }

    /// <summary>
    /// The class's <c>__init__</c> when the VM may run it as an ordinary call: a plain instance
    /// (no builtin base, no <c>__new__</c>) and a Python <c>__init__</c>; null otherwise.
    /// </summary>
    public static PyFunction? InlineInit(PyType type)
    {
        var plan = PlanFor(type);
        return plan.New.IsBound || plan.IsAbstract || type.LayoutBase != PyType.Object || !type.Type.IsBuiltin ? null : plan.Init.Ref as PyFunction;
    }

    private static Plan PlanFor(PyType type)
    {
        if (type.InstantiationCache is Plan cached && cached.Version == type.Version)
        {
            return cached;
        }

        SpecialMethods.TryFind(type, "__init__", out var init);
        SpecialMethods.TryFind(type, "__new__", out var newMethod);
        var plan = new Plan(type.Version, init, newMethod, AbstractMethods.IsAbstractClass(type));
        type.InstantiationCache = plan;
        return plan;
    }

    /// <summary>
    /// The class's own <c>__init__</c> and <c>__new__</c> (unbound when it has none) as of <see cref="Version"/>,
    /// and whether it is abstract (so <c>object.__new__</c> refuses it and no fast path makes its instances).
    /// </summary>
    private sealed record Plan(int Version, Value Init, Value New, bool IsAbstract);
}
