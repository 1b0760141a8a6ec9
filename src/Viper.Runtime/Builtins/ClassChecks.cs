using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// <c>isinstance</c> and <c>issubclass</c> as CPython answers them: a class whose metaclass is
/// <c>type</c> itself is answered from its MRO; a class with another metaclass, or any other object,
/// answers through its type's <c>__instancecheck__</c>/<c>__subclasscheck__</c> when it defines one
/// (how <c>abc</c> registration and <c>typing</c>'s aliases work); tuples and unions are tried member
/// by member. Also <c>type.__instancecheck__</c> and <c>type.__subclasscheck__</c>, the defaults a
/// metaclass's own hook reaches through <c>super()</c>.
/// </summary>
public static class ClassChecks
{
    private const string BadInstanceClassInfo = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    private const string BadSubclassClassInfo = "issubclass() arg 2 must be a class, a tuple of classes, or a union";
    private const string BadSubclassArgument = "issubclass() arg 1 must be a class";

    /// <summary>Adds <c>type.__instancecheck__</c> and <c>type.__subclasscheck__</c> to the type namespace being installed.</summary>
    public static void InstallTypeMethods(PyType typeType)
    {
        BuiltinMethods.AddSpecial(typeType, "__instancecheck__", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "type.__instancecheck__");
            return Value.FromBool(args[1].Type.IsSubtypeOf((PyType)args[0].Ref!));
        }, slotWrapper: false);
        BuiltinMethods.AddSpecial(typeType, "__subclasscheck__", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "type.__subclasscheck__");
            return Value.FromBool(args[1].Ref is PyType derived ? derived.IsSubtypeOf((PyType)args[0].Ref!) : throw PyErrors.TypeError(BadSubclassArgument));
        }, slotWrapper: false);
    }

    public static Value IsInstanceBuiltin(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "isinstance", 2);
        return Value.FromBool(IsInstance(args[0], args[1]));
    }

    public static Value IsSubclassBuiltin(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "issubclass", 2);
        return Value.FromBool(IsSubclass(args[0], args[1]));
    }

    public static bool IsInstance(Value value, Value classInfo)
    {
        if (ExactType.Is(classInfo.Ref, out PyType? target))
        {
            // As CPython: the exact type answers before any hook, and a class made by type itself has none.
            var type = value.Type;
            if (ReferenceEquals(type, target))
            {
                return true;
            }

            if (HasPlainMetaclass(target) || !TryHook(classInfo, "__instancecheck__", value, out var answer))
            {
                return type.IsSubtypeOf(target);
            }

            return answer;
        }

        switch (classInfo.Ref)
        {
            case PyTuple tuple:
                return IsInstanceOfAny(value, tuple);
            case PyUnionType union:
                return IsInstanceOfAny(value, union.Members);
            case PyGenericAlias:
                throw PyErrors.TypeError("isinstance() argument 2 cannot be a parameterized generic");
        }

        return TryHook(classInfo, "__instancecheck__", value, out var result) ? result : throw PyErrors.TypeError(BadInstanceClassInfo);
    }

    public static bool IsSubclass(Value derived, Value classInfo)
    {
        if (classInfo.Ref is PyType target)
        {
            if (!HasPlainMetaclass(target) && TryHook(classInfo, "__subclasscheck__", derived, out var answer))
            {
                return answer;
            }

            return derived.Ref is PyType derivedType ? derivedType.IsSubtypeOf(target) : throw PyErrors.TypeError(BadSubclassArgument);
        }

        switch (classInfo.Ref)
        {
            case PyTuple tuple:
                return IsSubclassOfAny(derived, tuple);
            case PyUnionType union:
                return IsSubclassOfAny(derived, union.Members);
            case PyGenericAlias:
                throw PyErrors.TypeError("issubclass() argument 2 cannot be a parameterized generic");
        }

        if (TryHook(classInfo, "__subclasscheck__", derived, out var result))
        {
            return result;
        }

        throw PyErrors.TypeError(derived.Ref is PyType ? BadSubclassClassInfo : BadSubclassArgument);
    }

    /// <summary>Builtin types and classes whose metaclass is <c>type</c> itself: no hook to ask.</summary>
    private static bool HasPlainMetaclass(PyType type) => type.IsBuiltin || ReferenceEquals(type.Type, PyType.TypeType);

    // Nested tuples count against the recursion limit, as in CPython: a tuple nested past it is a
    // RecursionError, not a .NET stack overflow. Loops rather than a shared helper taking a lambda:
    // a lambda capturing the argument made every isinstance call allocate its closure.
    private static bool IsInstanceOfAny(Value value, PyTuple members)
    {
        // Classes whose metaclass is type itself (the usual tuple) answer from their MROs and cannot
        // recurse: the limit is checked as entering the tuple checks it, without the stack probe and
        // the try/finally. A tuple holding anything else is walked again, entered.
        StackGuard.CheckDepth("in __instancecheck__");
        var type = value.Type;
        foreach (var member in members.Items)
        {
            if (!ExactType.Is(member.Ref, out PyType? target) || !HasPlainMetaclass(target))
            {
                return IsInstanceOfAnyEntered(value, members);
            }

            if (type.IsSubtypeOf(target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInstanceOfAnyEntered(Value value, PyTuple members)
    {
        StackGuard.Enter("in __instancecheck__");
        try
        {
            foreach (var member in members.Items)
            {
                if (IsInstance(value, member))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            StackGuard.Leave();
        }
    }

    private static bool IsSubclassOfAny(Value derived, PyTuple members)
    {
        StackGuard.Enter("in __subclasscheck__");
        try
        {
            foreach (var member in members.Items)
            {
                if (IsSubclass(derived, member))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            StackGuard.Leave();
        }
    }

    private static bool TryHook(Value classInfo, string name, Value argument, out bool answer)
    {
        if (!SpecialMethods.TryFind(classInfo.Type, name, out var hook) || hook.IsNone)
        {
            answer = false;
            return false;
        }

        StackGuard.Enter($"in {name}");
        try
        {
            answer = Truth.IsTrue(SpecialMethods.CallBound(hook, classInfo, [argument]));
            return true;
        }
        finally
        {
            StackGuard.Leave();
        }
    }
}
