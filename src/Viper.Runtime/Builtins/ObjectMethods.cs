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
    }

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
            ArgumentCheck.NoKeywords(args, ExceptionTypes.BaseException.Name);
            ((PyBaseException)args[0].Ref!).Args = args.Positional[1..].ToArray();
            return Value.None;
        });

    private static string AttributeName(Value name) =>
        name.Ref is PyStr s ? s.Value : throw PyErrors.TypeError($"attribute name must be string, not '{TypeNames.Of(name)}'");
}
