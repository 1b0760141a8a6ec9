using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The methods of <c>object</c> and the <c>__init__</c>s of the builtin types a class may derive
/// from, which <c>super().__init__(...)</c> and <c>object.__setattr__(self, ...)</c> reach.
/// </summary>
internal static class ObjectMethods
{
    public static void InstallConstructor() =>
        PyType.Object.Constructor = (vm, args) =>
        {
            if (args.All.Length > 0)
            {
                throw PyErrors.TypeError("object() takes no arguments");
            }

            return Value.FromObject(new PyInstance(PyType.Object));
        };

    /// <summary>Registers object's methods, the containers' <c>__repr__</c>s and the <c>__init__</c>s with their types (see <see cref="PyType.DeferMethods"/>).</summary>
    public static void DeferInstallation()
    {
        PyType.Object.DeferMethods(InstallObjectMethods);
        foreach (var container in new[] { PyType.List, PyType.Tuple, PyType.Dict, PyType.Set, PyType.FrozenSet })
        {
            container.DeferMethods(InstallContainerRepr);
        }

        PyType.List.DeferMethods(InstallListInit);
        PyType.Dict.DeferMethods(InstallDictInit);
        PyType.Set.DeferMethods(InstallSetInit);
        ExceptionTypes.BaseException.DeferMethods(InstallBaseExceptionInit);
    }

    private static void InstallObjectMethods(PyType type)
    {
        BuiltinMethods.Add(type, "__init__", (vm, args) =>
        {
            if (args.All.Length > 1)
            {
                throw PyErrors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }

            return Value.None;
        });
        BuiltinMethods.Add(type, "__new__", (vm, args) =>
        {
            if (args.Count == 0 || args[0].Ref is not PyType cls)
            {
                throw PyErrors.TypeError("object.__new__(X): X is not a type object");
            }

            return Instantiation.Allocate(vm, cls, new CallArgs([], null), new CallArgs(args.Positional[1..], null));
        });
        BuiltinMethods.Add(type, "__setattr__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "__setattr__", 3);
            InstanceAttributes.SetGeneric(args[0], AttributeName(args[1]), args[2]);
            return Value.None;
        });
        BuiltinMethods.Add(type, "__delattr__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "__delattr__", 2);
            InstanceAttributes.DeleteGeneric(args[0], AttributeName(args[1]));
            return Value.None;
        });
        BuiltinMethods.Add(type, "__getattribute__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "__getattribute__", 2);
            var name = AttributeName(args[1]);
            return InstanceAttributes.TryGetGeneric(args[0], name, out var value) ? value : throw PyErrors.AttributeError(args[0], name);
        });
        BuiltinMethods.Add(type, "__repr__", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "object.__repr__");
            return Value.FromString(Repr.DefaultObjectRepr(args[0].AsObject));
        });
        BuiltinMethods.Add(type, "__str__", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "object.__str__");
            return Value.FromString(Repr.Of(args[0]));
        });
        InstallComparisonsAndHash(type);
    }

    /// <summary>
    /// object's rich comparisons, hash and format, which a class reaches through <c>super()</c> or by
    /// name (<c>__hash__ = object.__hash__</c> beside an <c>__eq__</c>): equality is identity, the
    /// orderings are NotImplemented, and <c>__ne__</c> inverts the receiver's own <c>__eq__</c>.
    /// </summary>
    private static void InstallComparisonsAndHash(PyType type)
    {
        var notImplemented = Value.FromObject(PyNotImplemented.Instance);
        OperatorDunders.AddSlot(type, "__eq__", 1, (vm, args) => args[0].Is(args[1]) ? Value.True : notImplemented);
        OperatorDunders.AddSlot(type, "__ne__", 1, (vm, args) =>
        {
            var equal = SpecialMethods.TryFind(args[0].Type, "__eq__", out var eq) && !eq.IsNone
                ? SpecialMethods.CallBound(eq, args[0], [args[1]])
                : args[0].Is(args[1]) || (SameBuiltinKind(args[0], args[1]) && Comparison.BuiltinEqual(args[0], args[1])) ? Value.True
                : SameBuiltinKind(args[0], args[1]) ? Value.False
                : notImplemented;
            return equal.Ref is PyNotImplemented ? equal : Value.FromBool(!Truth.IsTrue(equal));
        });
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
        {
            OperatorDunders.AddSlot(type, name, 1, (vm, args) => notImplemented);
        }

        OperatorDunders.AddSlot(type, "__hash__", 0, (vm, args) => Value.FromInt(Hashing.BuiltinHash(args[0])));
        BuiltinMethods.Add(type, "__format__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "__format__", 2);
            var spec = ArgumentCheck.Str(args[1], "__format__() argument");
            return spec.Value.Length == 0
                ? Value.FromString(Repr.Str(args[0]))
                : throw PyErrors.TypeError($"unsupported format string passed to {TypeNames.Of(args[0])}.__format__");
        });
        BuiltinMethods.AddClassMethod(type, "__subclasshook__", (vm, args) => notImplemented);
    }

    /// <summary>Whether a builtin type's own <c>__eq__</c> would compare the two rather than answer NotImplemented.</summary>
    private static bool SameBuiltinKind(Value a, Value b) =>
        ReferenceEquals(a.Type, b.Type) || (Numbers.Classify(a, out _, out _, out _) != NumberKind.NotNumber && Numbers.Classify(b, out _, out _, out _) != NumberKind.NotNumber);

    private static void InstallContainerRepr(PyType container) =>
        BuiltinMethods.Add(container, "__repr__", (vm, args) =>
        {
            if (args.Count == 0 || !args[0].Type.IsSubtypeOf(container))
            {
                var received = args.Count == 0 ? "nothing" : $"a '{TypeNames.Of(args[0])}'";
                throw PyErrors.TypeError($"descriptor '__repr__' requires a '{container.Name}' object but received {received}");
            }

            ArgumentCheck.NoKeywords(args, $"{container.Name}.__repr__");
            return args.Count == 1
                ? Value.FromString(Repr.OfBuiltin(args[0]))
                : throw PyErrors.TypeError($"expected 0 arguments, got {args.Count - 1}");
        });

    private static void InstallListInit(PyType listType) =>
        BuiltinMethods.Add(listType, "__init__", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "list", 0, 1);
            var list = (PyList)args[0].Ref!;
            list.SetItems(args.Count == 2 ? [.. Iteration.ToList(args[1])] : []);
            return Value.None;
        });

    private static void InstallSetInit(PyType setType) =>
        BuiltinMethods.Add(setType, "__init__", (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, "set");
            if (args.Count > 2)
            {
                throw PyErrors.TypeError($"set expected at most 1 argument, got {args.Count - 1}");
            }

            var set = (PySet)args[0].Ref!;
            set.Clear();
            if (args.Count == 2)
            {
                SetAlgebra.Update(set, args[1]);
            }

            return Value.None;
        });

    private static void InstallDictInit(PyType dictType) =>
        BuiltinMethods.Add(dictType, "__init__", (vm, args) =>
        {
            var dict = (PyDict)args[0].Ref!;
            if (args.Count > 2)
            {
                throw PyErrors.TypeError($"dict expected at most 1 argument, got {args.Count - 1}");
            }

            if (args.Count == 2)
            {
                DictMethods.Update(dict, args[1]);
            }

            DictMethods.UpdateFromKeywords(dict, args);
            return Value.None;
        });

    private static void InstallBaseExceptionInit(PyType baseException) =>
        BuiltinMethods.Add(baseException, "__init__", (vm, args) =>
        {
            var exception = (PyBaseException)args[0].Ref!;
            exception.Args = args.Positional[1..].ToArray();
            ExceptionAttributes.StoreKeywords(exception, args);
            return Value.None;
        });

    internal static string AttributeName(Value name) =>
        name.Ref is PyStr s ? s.Value : throw PyErrors.TypeError($"attribute name must be string, not '{TypeNames.Of(name)}'");
}
