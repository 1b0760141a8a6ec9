namespace Viper.Runtime.Objects;

/// <summary>
/// A builtin class method in a type's namespace (CPython's <c>classmethod_descriptor</c>, as
/// <c>dict.fromkeys</c>). Attribute access binds its function to the type, whether it is reached
/// through the type or through an instance.
/// </summary>
public sealed class PyBuiltinClassMethod(PyBuiltinFunction function) : PyObject(DescriptorType)
{
    public static PyType DescriptorType { get; } = new("classmethod_descriptor", PyType.Object) { Type = PyType.TypeType };

    public PyBuiltinFunction Function { get; } = function;
}
