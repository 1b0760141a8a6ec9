using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary><c>@classmethod</c>: attribute access binds the wrapped callable to the class.</summary>
public sealed class PyClassMethod(Value function) : PyObject(ClassMethodType)
{
    public static PyType ClassMethodType { get; } = new("classmethod", PyType.Object) { Type = PyType.TypeType };

    public Value Function { get; } = function;
}
