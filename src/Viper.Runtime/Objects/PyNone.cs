namespace Viper.Runtime.Objects;

public sealed class PyNone : PyObject
{
    private PyNone()
        : base(PyType.NoneType)
    {
    }

    public static PyNone Instance { get; } = new();
}
