namespace Viper.Runtime.Objects;

/// <summary>
/// An instance of a class derived from <c>float</c>. Plain floats stay inline in a
/// <see cref="Values.Value"/>; only a subclass instance, which needs its type and a dict, is boxed.
/// </summary>
public sealed class PyFloat(double value, PyType type) : PyObject(type)
{
    public double Value { get; } = value;
}
