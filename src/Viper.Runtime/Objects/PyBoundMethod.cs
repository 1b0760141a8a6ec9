using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A function bound to its first argument (<c>m = obj.method</c>, a class method bound to its
/// class). Calls made straight from an attribute (<c>obj.method(x)</c>) never create one.
/// </summary>
public sealed class PyBoundMethod(Value function, Value self) : PyObject(MethodType)
{
    public static PyType MethodType { get; } = new("method", PyType.Object) { Type = PyType.TypeType };

    public Value Function { get; } = function;

    public Value Self { get; } = self;
}
