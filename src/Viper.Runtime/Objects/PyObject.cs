namespace Viper.Runtime.Objects;

/// <summary>Base of every heap-allocated Python object. Its <see cref="Type"/> is a field so subclasses of builtins can share a .NET class.</summary>
public abstract class PyObject(PyType type)
{
    public PyType Type { get; set; } = type;
}
