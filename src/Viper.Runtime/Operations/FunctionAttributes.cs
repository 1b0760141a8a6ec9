using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>The data attributes a Python function exposes: its names, module, globals and default values.</summary>
internal static class FunctionAttributes
{
    public static bool TryGet(PyFunction function, string name, out Value value)
    {
        value = name switch
        {
            "__name__" => Value.FromString(function.Name),
            "__qualname__" => Value.FromString(function.QualifiedName),
            "__module__" => function.Globals.TryGetValue("__name__", out var module) ? module : Value.None,
            "__globals__" => Value.FromObject(function.Globals),
            "__defaults__" => function.Defaults.Length == 0 ? Value.None : Value.FromObject(PyTuple.Of([.. function.Defaults])),
            "__kwdefaults__" => function.KeywordDefaults is { } defaults ? Value.FromObject(defaults) : Value.None,
            _ => default,
        };
        return value.IsBound;
    }
}
