using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>dict</c>; argument 0 is the dict itself.</summary>
public static class DictMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "get", (vm, args) =>
        {
            ArgumentCheck.Range(args, "get", 2, 3);
            return Self(args).TryGetValue(args[1], out var value) ? value : args.Count == 3 ? args[2] : Value.None;
        });
        BuiltinMethods.Add(type, "keys", (vm, args) => View(args, DictViewKind.Keys));
        BuiltinMethods.Add(type, "values", (vm, args) => View(args, DictViewKind.Values));
        BuiltinMethods.Add(type, "items", (vm, args) => View(args, DictViewKind.Items));
    }

    private static Value View(CallArgs args, DictViewKind kind)
    {
        ArgumentCheck.Range(args, kind.ToString().ToLowerInvariant(), 1, 1);
        return Value.FromObject(new PyDictView(Self(args), kind));
    }

    private static PyDict Self(CallArgs args) => (PyDict)args[0].Ref!;
}
