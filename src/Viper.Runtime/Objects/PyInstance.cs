namespace Viper.Runtime.Objects;

/// <summary>An instance of a class written in Python (not derived from a builtin type): its type and its <c>__dict__</c>.</summary>
public sealed class PyInstance(PyType type) : PyObject(type)
{
    public PyDict Dict { get; set; } = new(type.InstanceDictCapacity);
}
