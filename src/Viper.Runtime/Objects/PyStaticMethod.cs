using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary><c>@staticmethod</c>: attribute access returns the wrapped callable unbound.</summary>
public sealed class PyStaticMethod(Value function) : PyObject(StaticMethodType)
{
    public static PyType StaticMethodType { get; } = new("staticmethod", PyType.Object) { Type = PyType.TypeType };

    public Value Function { get; } = function;
}
