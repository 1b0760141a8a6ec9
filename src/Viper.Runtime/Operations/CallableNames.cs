using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// How CPython names a callable in the errors of argument unpacking (<c>_PyObject_FunctionStr</c>):
/// <c>module.qualname()</c>, without the module for builtins, or the object's str without a qualname.
/// </summary>
public static class CallableNames
{
    public static string Describe(Value callable) => callable.Ref switch
    {
        PyFunction function => $"{ModuleOf(function)}{function.QualifiedName}()",
        PyBoundMethod method => Describe(method.Function),
        PyBuiltinFunction builtin => builtin.OwnerTypeName is { } owner ? $"{owner}.{builtin.Name}()" : $"{builtin.Name}()",
        PyBoundBuiltin bound => Describe(Value.FromObject(bound.Function)),
        PyType { ModuleName: { } module } type when module != "builtins" => $"{module}.{type.QualifiedName}()",
        PyType type => $"{type.Name}()",
        _ => Repr.Str(callable),
    };

    private static string ModuleOf(PyFunction function) =>
        function.Globals.TryGetValue("__name__", out var name) && name.Ref is PyStr module && module.Value != "builtins" ? module.Value + "." : "";
}
