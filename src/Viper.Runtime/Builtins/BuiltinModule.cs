using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The <c>builtins</c> namespace every module falls back to.</summary>
public static class BuiltinModule
{
    public static PyDict Create()
    {
        TypeConstructors.Install();
        BuiltinMethods.Install();
        IteratorFunctions.Install();
        var dict = new PyDict();
        foreach (var type in new[]
                 {
                     PyType.Int, PyType.Float, PyType.Str, PyType.Bool, PyType.List, PyType.Tuple, PyType.Dict,
                     PyType.Range, PyType.TypeType, PyType.Object, PyType.Bytes,
                 }.Concat(IteratorFunctions.Types))
        {
            dict.SetItem(type.Name, Value.FromObject(type));
        }

        foreach (var type in ExceptionTypes.All)
        {
            dict.SetItem(type.Name, Value.FromObject(type));
        }

        foreach (var (name, body) in BuiltinFunctions.All.Concat(IteratorFunctions.Functions).Concat(NumericFunctions.All))
        {
            var intrinsic = name == "len" ? BuiltinIntrinsic.Len : BuiltinIntrinsic.None;
            dict.SetItem(name, Value.FromObject(new PyBuiltinFunction(name, body) { Intrinsic = intrinsic }));
        }

        dict.SetItem("Ellipsis", Value.FromObject(PyEllipsis.Instance));
        dict.SetItem("__name__", Value.FromString("builtins"));
        return dict;
    }
}
