using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary><c>super(cls, obj)</c>: attribute lookups start after <see cref="StartAfter"/> in the MRO of <see cref="Self"/>'s type.</summary>
public sealed class PySuper(PyType startAfter, Value self, PyType selfType) : PyObject(SuperType)
{
    public static PyType SuperType { get; } = new("super", PyType.Object) { Type = PyType.TypeType };

    public PyType StartAfter { get; } = startAfter;

    public Value Self { get; } = self;

    /// <summary>The type whose MRO is searched: the instance's type, or the class itself when <see cref="Self"/> is a class.</summary>
    public PyType SelfType { get; } = selfType;
}
