using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary><c>property(fget, fset, fdel, doc)</c>: a data descriptor, so it takes precedence over the instance's dict.</summary>
public sealed class PyProperty(Value getter, Value setter, Value deleter, Value doc) : PyObject(PropertyType)
{
    public static PyType PropertyType { get; } = new("property", PyType.Object) { Type = PyType.TypeType };

    /// <summary>Each accessor is None when absent.</summary>
    public Value Getter { get; } = getter;

    public Value Setter { get; } = setter;

    public Value Deleter { get; } = deleter;

    public Value Doc { get; } = doc;

    /// <summary>The name the property was assigned to in its class, for CPython's error messages.</summary>
    public string? Name { get; set; }
}
