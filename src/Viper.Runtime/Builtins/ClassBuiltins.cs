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
        ("issubclass", ClassChecks.IsSubclassBuiltin),
    ];

    public static IEnumerable<PyType> Types => [PySuper.SuperType, PyStaticMethod.StaticMethodType, PyClassMethod.ClassMethodType, PyProperty.PropertyType];

    private static PyType TypeReceiver(Value receiver, string method) => receiver.Ref as PyType
        ?? throw PyErrors.TypeError($"descriptor '{method}' requires a 'type' object but received a '{TypeNames.Of(receiver)}'");

    /// <summary>What calling super, staticmethod, classmethod, property and object does; their methods wait for <see cref="DeferInstallation"/>.</summary>
    public static void InstallConstructors()
    {
        PySuper.SuperType.Constructor = Super;
        DescriptorTypes.InstallConstructors();
        ObjectMethods.InstallConstructor();
    }

    /// <summary>Registers the methods of type, object, property and the builtin types' <c>__init__</c>s with their types (see <see cref="PyType.DeferMethods"/>).</summary>
    public static void DeferInstallation()
    {
        PyType.TypeType.DeferMethods(InstallTypeMethods);
        PyType.Object.DeferMethods(InstallInitSubclass);
        PyProperty.PropertyType.DeferMethods(DescriptorTypes.Install);
        DescriptorProtocol.DeferInstallation();
        ObjectMethods.DeferInstallation();
    }

    private static void InstallTypeMethods(PyType typeType)
    {
        // type.__setattr__ and type.__delattr__ change the class itself, bypassing a metaclass's own
        // (whose body calls them through super()); object's would write an instance's attributes.
        BuiltinMethods.Add(typeType, "__setattr__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "__setattr__", 3);
            ClassAttributes.Set(TypeReceiver(args[0], "__setattr__"), ObjectMethods.AttributeName(args[1]), args[2]);
            return Value.None;
        });
        BuiltinMethods.Add(typeType, "__delattr__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "__delattr__", 2);
            ClassAttributes.Delete(TypeReceiver(args[0], "__delattr__"), ObjectMethods.AttributeName(args[1]));
            return Value.None;
        });
        BuiltinMethods.Add(typeType, "__new__", (vm, args) =>
        {
            if (args.Count == 0 || args[0].Ref is not PyType metaclass || !metaclass.IsSubtypeOf(PyType.TypeType))
            {
                throw PyErrors.TypeError("type.__new__(X): X is not a type object");
            }

            return Value.FromObject(NewClass(vm, metaclass, new CallArgs(args.All[1..], args.KeywordNames)));
        });
        BuiltinMethods.Add(typeType, "__init__", (vm, args) => Value.None);
        ClassChecks.InstallTypeMethods(typeType);
        BuiltinMethods.Add(typeType, "mro", (vm, args) =>
        {
            var type = args[0].Ref as PyType
                ?? throw BuiltinMethods.NotApplicable(PyType.TypeType, "mro", args[0]);
            ArgumentCheck.NoArguments(args, $"{type.QualifiedName}.mro");
            return Value.FromObject(new PyList([.. type.Mro.Select(t => Value.FromObject(t))]));
        });
        BuiltinMethods.Add(typeType, "__call__", (vm, args) =>
        {
            if (args.Count == 0 || args[0].Ref is not PyType cls)
            {
                throw PyErrors.TypeError("descriptor '__call__' of 'type' object needs an argument");
            }

            var rest = new CallArgs(args.All[1..], args.KeywordNames);
            return cls.IsBuiltin ? cls.Constructor!(vm, rest) : Instantiation.CreateDirect(vm, cls, rest);
        });
    }

    private static void InstallInitSubclass(PyType objectType) =>
        BuiltinMethods.AddClassMethod(objectType, "__init_subclass__", (vm, args) =>
            args.KeywordCount > 0
                ? throw PyErrors.TypeError($"{((PyType)args[0].Ref!).Name}.__init_subclass__() takes no keyword arguments")
                : Value.None);

    /// <summary>
    /// <c>__build_class__(body, name, *bases, metaclass=..., **keywords)</c>: runs the class body in
    /// the namespace the metaclass prepares and makes the class by calling the metaclass.
    /// </summary>
    private static Value BuildClass(Interpreter vm, CallArgs args)
    {
        if (args.Count < 2 || args[0].Ref is not PyFunction body || args[1].Ref is not PyStr name)
        {
            throw PyErrors.TypeError("__build_class__: func must be a function and name a string");
        }

        // Arrays and indexes rather than span slices and a List<Value> here and below: ReadyToRun
        // cannot precompile the framework's generic code over Value, and a program's first class
        // statement JIT-compiled each such method.
        var originalBases = new Value[args.Count - 2];
        for (var i = 0; i < originalBases.Length; i++)
        {
            originalBases[i] = args[i + 2];
        }

        var resolvedBases = ResolveMroEntries(originalBases);
        var baseValues = resolvedBases ?? originalBases;
        var bases = new PyType[baseValues.Length];
        for (var i = 0; i < bases.Length; i++)
        {
            bases[i] = BaseOf(baseValues[i]);
        }

        var keywordNames = new List<string>();
        var keywordValues = new Value[args.KeywordCount];
        Value explicitMeta = default;
        for (var k = 0; k < args.KeywordCount; k++)
        {
            if (args.KeywordNames![k] == "metaclass")
            {
                explicitMeta = args.All[args.Count + k];
            }
            else
            {
                keywordValues[keywordNames.Count] = args.All[args.Count + k];
                keywordNames.Add(args.KeywordNames[k]);
            }
        }

        if (keywordNames.Count < keywordValues.Length)
        {
            var withoutMetaclass = new Value[keywordNames.Count];
            Array.Copy(keywordValues, withoutMetaclass, withoutMetaclass.Length);
            keywordValues = withoutMetaclass;
        }

        var meta = explicitMeta.IsBound ? explicitMeta : Value.FromObject(bases.Length == 0 ? PyType.TypeType : bases[0].Type);
        if (meta.Ref is PyType metaType)
        {
            meta = Value.FromObject(MostDerivedMetaclass(metaType, bases));
        }

        var namespaceDict = Prepare(vm, meta, name, bases, keywordNames, keywordValues);
        if (resolvedBases is not null)
        {
            namespaceDict.SetItem("__orig_bases__", Value.FromObject(PyTuple.Of(originalBases)));
        }

        namespaceDict.SetItem("__module__", body.Globals.TryGetValue("__name__", out var module) ? module : Value.None);
        namespaceDict.SetItem("__qualname__", Value.FromString(body.QualifiedName));
        var cell = new ClassCell();
        body.ClassCell = cell;
        vm.RunClassBody(body, namespaceDict);
        Value result;
        if (ReferenceEquals(meta.Ref, PyType.TypeType))
        {
            var qualifiedName = namespaceDict.Remove(Value.FromString("__qualname__"), out var qualifiedValue) && qualifiedValue.Ref is PyStr q
                ? q.Value
                : body.QualifiedName;
            result = Value.FromObject(MakeClass(vm, PyType.TypeType, name.Value, bases, namespaceDict, qualifiedName, keywordNames, keywordValues));
        }
        else
        {
            Value[] callArgs = [Value.FromObject(name), Value.FromObject(PyTuple.Of([.. bases.Select(b => Value.FromObject(b))])), Value.FromObject(namespaceDict), .. keywordValues];
            result = vm.Call(meta, callArgs, keywordNames.Count == 0 ? null : [.. keywordNames]);
        }

        if (result.Ref is PyType made)
        {
            cell.Class = made;
        }

        return result;
    }

    /// <summary>The metaclass a class gets: the most derived of the one asked for and its bases' metaclasses.</summary>
    private static PyType MostDerivedMetaclass(PyType meta, PyType[] bases)
    {
        foreach (var baseType in bases)
        {
            var candidate = baseType.Type;
            if (meta.IsSubtypeOf(candidate))
            {
                continue;
            }

            meta = candidate.IsSubtypeOf(meta)
                ? candidate
                : throw PyErrors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }

        return meta;
    }

    /// <summary>The class body's namespace: a new dict, or what the metaclass's <c>__prepare__</c> returns.</summary>
    private static PyDict Prepare(Interpreter vm, Value meta, PyStr name, PyType[] bases, List<string> keywordNames, Value[] keywordValues)
    {
        if (meta.Ref is not PyType { IsBuiltin: false } metaType || !SpecialMethods.TryFind(metaType, "__prepare__", out var prepare))
        {
            return new PyDict();
        }

        Value[] prepareArgs = [Value.FromObject(name), Value.FromObject(PyTuple.Of([.. bases.Select(b => Value.FromObject(b))])), .. keywordValues];
        var names = keywordNames.Count == 0 ? null : keywordNames.ToArray();
        var prepared = ClassAttributes.FromClass(prepare, metaType) is var callable && prepare.Ref is PyFunction
            ? vm.CallWithSelf(prepare, meta, prepareArgs, names)
            : vm.Call(callable, prepareArgs, names);
        return prepared.Ref as PyDict
            ?? throw PyErrors.TypeError($"{metaType.Name}.__prepare__() must return a mapping, not {TypeNames.Of(prepared)}");
    }

    /// <summary><c>type(name, bases, dict)</c>.</summary>
    public static Value TypeWithThreeArguments(CallArgs args) =>
        Value.FromObject(NewClass(Interpreter.Current, PyType.TypeType, args));

    /// <summary><c>type.__new__(metaclass, name, bases, dict, **keywords)</c>: a class whose type is the metaclass.</summary>
    public static PyType NewClass(Interpreter vm, PyType metaclass, CallArgs args)
    {
        if (args.Count != 3)
        {
            throw PyErrors.TypeError("type.__new__() takes exactly 3 arguments (" + args.Count + " given)");
        }

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
            && vm.CurrentGlobals?.TryGetValue("__name__", out var module) == true)
        {
            namespaceDict.SetItem("__module__", module);
        }

        var qualifiedName = namespaceDict.Remove(Value.FromString("__qualname__"), out var qualifiedValue) && qualifiedValue.Ref is PyStr q
            ? q.Value
            : name.Value;
        var keywordNames = args.KeywordNames?.ToList() ?? [];
        var keywordValues = args.All[args.Count..].ToArray();
        var baseTypes = new PyType[bases.Items.Length];
        for (var i = 0; i < baseTypes.Length; i++)
        {
            baseTypes[i] = BaseOf(bases.Items[i]);
        }

        return MakeClass(vm, MostDerivedMetaclass(metaclass, baseTypes), name.Value, baseTypes, namespaceDict, qualifiedName, keywordNames, keywordValues);
    }

    private static PyType MakeClass(Interpreter vm, PyType metaclass, string name, PyType[] bases, PyDict namespaceDict, string qualifiedName,
        List<string> keywordNames, Value[] keywordValues)
    {
        var type = PyType.CreateClass(name, bases, namespaceDict, qualifiedName);
        type.Type = metaclass;
        type.Constructor = (vm, callArgs) => Instantiation.Create(vm, type, callArgs);
        var (names, values) = type.OwnAttributesNow();
        for (var i = 0; i < names.Length; i++)
        {
            var value = values[i];
            if (value.Ref is PyObject { Type.IsBuiltin: false } && SpecialMethods.TryFind(value.Type, "__set_name__", out var setName))
            {
                SpecialMethods.CallBound(setName, value, [Value.FromObject(type), Value.FromString(names[i])]);
            }
        }

        InitSubclass(vm, type, keywordNames, keywordValues);
        return type;
    }

    /// <summary>Calls the nearest base's <c>__init_subclass__</c> with the class statement's keywords; object's takes none.</summary>
    private static void InitSubclass(Interpreter vm, PyType type, List<string> keywordNames, Value[] keywordValues)
    {
        foreach (var candidate in type.Mro.Skip(1))
        {
            if (!candidate.IsBuiltin && candidate.TryGetOwn("__init_subclass__", out var method))
            {
                var function = method.Ref is PyClassMethod classMethod ? classMethod.Function : method;
                vm.CallWithSelf(function, Value.FromObject(type), [.. keywordValues], keywordNames.Count == 0 ? null : [.. keywordNames]);
                return;
            }
        }

        if (keywordNames.Count > 0)
        {
            throw PyErrors.TypeError($"{type.Name}.__init_subclass__() takes no keyword arguments");
        }
    }

    /// <summary>
    /// The class statement's bases with each base that is not a class replaced by what its
    /// <c>__mro_entries__</c> gives (a generic alias gives its origin: <c>class C(list[int])</c> derives
    /// from list); null when every base is a class.
    /// </summary>
    private static Value[]? ResolveMroEntries(Value[] bases)
    {
        if (AllClasses(bases))
        {
            return null;
        }

        var originals = Value.FromObject(PyTuple.Of([.. bases]));
        var resolved = new List<Value>();
        foreach (var baseValue in bases)
        {
            if (baseValue.Ref is PyGenericAlias alias)
            {
                resolved.Add(alias.Origin);
            }
            else if (baseValue.Ref is not PyType && Attributes.TryGet(baseValue, "__mro_entries__", out var method))
            {
                // Looked up on the base itself, as CPython does: typing.NamedTuple is a function carrying one.
                var entries = Interpreter.Current.Call(method, [originals]);
                resolved.AddRange(entries.Ref is PyTuple tuple ? tuple.Items : throw PyErrors.TypeError("__mro_entries__ must return a tuple"));
            }
            else
            {
                resolved.Add(baseValue);
            }
        }

        return [.. resolved];
    }

    /// <summary>A loop, not a framework generic over Value, which a program's first class statement would JIT-compile.</summary>
    private static bool AllClasses(Value[] bases)
    {
        foreach (var baseValue in bases)
        {
            if (baseValue.Ref is not PyType)
            {
                return false;
            }
        }

        return true;
    }

    private static PyType BaseOf(Value value) =>
        value.Ref as PyType ?? throw PyErrors.TypeError($"bases must be types, not '{TypeNames.Of(value)}'");

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
}
