using Viper.Runtime.Builtins.Consumers;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The <c>builtins</c> namespace every module falls back to.</summary>
public static class BuiltinModule
{
    public static PyDict Create()
    {
        BuiltinTypeSetup.EnsureInstalled();
        var dict = new PyDict();
        AddTypes(dict, [
            PyType.Int, PyType.Float, PyType.Str, PyType.Bool, PyType.List, PyType.Tuple, PyType.Dict,
            PyType.Range, PyType.Slice, PyType.Set, PyType.FrozenSet, PyType.TypeType, PyType.Object, PyType.Bytes,
            PyType.ByteArray,
        ]);
        AddTypes(dict, IteratorFunctions.Types);
        AddTypes(dict, ExceptionTypes.All);
        AddTypes(dict, ClassBuiltins.Types);
        foreach (var (name, type) in ExceptionTypes.Aliases)
        {
            dict.SetItem(name, Value.FromObject(type));
        }

        // Arrays and plain loops, not LINQ: generic framework code over these value tuples is
        // outside ReadyToRun's version bubble, so it would be JIT-compiled on every start.
        AddFunctions(dict, BuiltinFunctions.All);
        AddConsumingFunctions(dict);
        AddFunctions(dict, NumericFunctions.All);
        AddFunctions(dict, ClassBuiltins.Functions);
        AddFunctions(dict, AttributeFunctions.All);
        AddFunctions(dict, NamespaceFunctions.All);
        AddFunctions(dict, DynamicCode.All);
        AddFunctions(dict, FileFunctions.All);
        dict.SetItem("NotImplemented", Value.FromObject(PyNotImplemented.Instance));

        dict.SetItem("Ellipsis", Value.FromObject(PyEllipsis.Instance));
        dict.SetItem("__name__", Value.FromString("builtins"));
        return dict;
    }

    private static void AddTypes(PyDict dict, IEnumerable<PyType> types)
    {
        foreach (var type in types)
        {
            dict.SetItem(type.Name, Value.FromObject(type));
        }
    }

    private static void AddConsumingFunctions(PyDict dict)
    {
        foreach (var (name, factory) in ConsumingBuiltins.Functions)
        {
            var (intrinsic, oneArgument, twoArguments) = FixedArityBuiltins.For(name);
            dict.SetItem(name, Value.FromObject(new PyBuiltinFunction(name, ConsumingBuiltins.Body(factory))
            {
                ItemConsumer = factory,
                Intrinsic = intrinsic,
                OneArgument = oneArgument,
                TwoArguments = twoArguments,
            }));
        }
    }

    private static void AddFunctions(PyDict dict, (string Name, BuiltinBody Body)[] functions)
    {
        foreach (var (name, body) in functions)
        {
            var (intrinsic, oneArgument, twoArguments) = FixedArityBuiltins.For(name);
            dict.SetItem(name, Value.FromObject(new PyBuiltinFunction(name, body)
            {
                Intrinsic = intrinsic,
                OneArgument = oneArgument,
                TwoArguments = twoArguments,
            }));
        }
    }
}
