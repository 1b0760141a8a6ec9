namespace Viper.Runtime.Objects;

/// <summary><c>True</c> and <c>False</c>: the only two instances; arithmetic treats them as the ints 1 and 0.</summary>
public sealed class PyBool : PyObject
{
    private PyBool(bool value)
        : base(PyType.Bool) => Value = value;

    public static PyBool True { get; } = new(true);

    public static PyBool False { get; } = new(false);

    public bool Value { get; }

    public long AsLong => Value ? 1 : 0;
}
