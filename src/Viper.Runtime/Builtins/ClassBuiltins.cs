using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>The builtins behind classes: <c>__build_class__</c>, three-argument <c>type()</c>, <c>super</c> and <c>issubclass</c>.</summary>
public static class ClassBuiltins
{
    public static (string Name, BuiltinBody Body)[] Functions =>
    [
        ("__build_class__", BuildClass),
        ("issubclass", IsSubclass),
    ];

    public static IEnumerable<PyType> Types => [PySuper.SuperType, PyStaticMethod.StaticMethodType, PyClassMethod.ClassMethodType, PyProperty.PropertyType];

    public static void Install()
    {
        PySuper.SuperType.Constructor = Super;
        DescriptorTypes.Install();
        ObjectMethods.Install();
    }

    /// <summary><c>__build_class__(body, name, *bases, **keywords)</c>: runs the class body in a new namespace and makes the class.</summary>
    private static Value BuildClass(Interpreter vm, CallArgs args)
    {
        if (args.Count < 2 || args[0].Ref is not PyFunction body || args[1].Ref is not PyStr name)
        {
            throw PyErrors.TypeError("__build_class__: func must be a function and name a string");
        }

        for (var k = 0; k < args.KeywordCount; k++)
        {
            if (args.KeywordNames![k] != "metaclass" || !ReferenceEquals(args.All[args.Count + k].Ref, PyType.TypeType))
            {
                throw PyErrors.TypeError(args.KeywordNames[k] == "metaclass"
                    ? "metaclasses other than type are not supported by Viper yet"
                    : $"{name.Value}.__init_subclass__() takes no keyword arguments");
            }
        }

        var bases = BasesOf(args.Positional[2..]);
        var namespaceDict = new PyDict();
        namespaceDict.SetItem("__module__", body.Globals.TryGetValue("__name__", out var module) ? module : Value.None);
        namespaceDict.SetItem("__qualname__", Value.FromString(body.QualifiedName));
        var cell = new ClassCell();
        body.ClassCell = cell;
        vm.RunClassBody(body, namespaceDict);
        var qualifiedName = namespaceDict.Remove(Value.FromString("__qualname__"), out var qualifiedValue) && qualifiedValue.Ref is PyStr q
            ? q.Value
            : body.QualifiedName;
        var type = MakeClass(name.Value, bases, namespaceDict, qualifiedName);
        cell.Class = type;
        return Value.FromObject(type);
    }

    /// <summary><c>type(name, bases, dict)</c>.</summary>
    public static Value TypeWithThreeArguments(CallArgs args)
    {
        if (args[0].Ref is not PyStr name)
        {
            throw PyErrors.TypeError($"type.__new__() argument 1 must be str, not {TypeNames.Of(args[0])}");
        }

        if (args[1].Ref is not PyTuple bases)
        {
            throw PyErrors.TypeError($"type.__new__() argument 2 must be tuple, not {TypeNames.Of(args[1])}");
        }

        if (args[2].Ref is not PyDict source)
        {
            throw PyErrors.TypeError($"type.__new__() argument 3 must be dict, not {TypeNames.Of(args[2])}");
        }

        var namespaceDict = new PyDict();
        foreach (var (key, value) in source.Items())
        {
            namespaceDict.SetItem(key, value);
        }

        if (!namespaceDict.ContainsKey(Value.FromString("__module__"))
            && Interpreter.Current.CurrentGlobals?.TryGetValue("__name__", out var module) == true)
        {
            namespaceDict.SetItem("__module__", module);
        }

        return Value.FromObject(MakeClass(name.Value, BasesOf(bases.Items), namespaceDict, name.Value));
    }

    private static PyType MakeClass(string name, PyType[] bases, PyDict namespaceDict, string qualifiedName)
    {
        var type = PyType.CreateClass(name, bases, namespaceDict, qualifiedName);
        type.Constructor = (vm, callArgs) => Instantiation.Create(vm, type, callArgs);
        foreach (var (key, value) in type.OwnAttributes.ToList())
        {
            if (value.Ref is PyObject { Type.IsBuiltin: false } && SpecialMethods.TryFind(value.Type, "__set_name__", out var setName))
            {
                SpecialMethods.CallBound(setName, value, [Value.FromObject(type), Value.FromString(key)]);
            }
        }

        return type;
    }

    private static PyType[] BasesOf(ReadOnlySpan<Value> values)
    {
        var bases = new PyType[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            bases[i] = values[i].Ref as PyType
                ?? throw PyErrors.TypeError($"bases must be types, not '{TypeNames.Of(values[i])}'");
        }

        return bases;
    }

    /// <summary><c>super()</c> in a method (through the <c>__class__</c> cell and the first argument) or <c>super(cls, obj)</c>.</summary>
    private static Value Super(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.NoKeywords(args, "super");
        PyType start;
        Value self;
        if (args.Count == 0)
        {
            var (function, firstArgument) = vm.CallerFunctionAndFirstArgument();
            if (function is null || function.Code.ArgCount == 0)
            {
                throw PyErrors.RuntimeError("super(): no arguments");
            }

            start = function.ClassCell?.Class ?? throw PyErrors.RuntimeError("super(): __class__ cell not found");
            self = firstArgument.IsBound ? firstArgument : throw PyErrors.RuntimeError("super(): arg[0] deleted");
        }
        else if (args.Count == 2)
        {
            start = args[0].Ref as PyType ?? throw PyErrors.TypeError($"super() argument 1 must be a type, not {TypeNames.Of(args[0])}");
            self = args[1];
        }
        else
        {
            throw PyErrors.TypeError(args.Count == 1
                ? "super() with one argument is not supported by Viper yet"
                : $"super() expected at most 2 arguments, got {args.Count}");
        }

        var selfType = self.Ref is PyType asType && asType.IsSubtypeOf(start) ? asType
            : self.Type.IsSubtypeOf(start) ? self.Type
            : throw PyErrors.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return Value.FromObject(new PySuper(start, self, selfType));
    }

    private static Value IsSubclass(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "issubclass", 2);
        if (args[0].Ref is not PyType type)
        {
            throw PyErrors.TypeError("issubclass() arg 1 must be a class");
        }

        return Value.FromBool(BuiltinFunctions.MatchesClassInfo(type, args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
}
