namespace Viper.Runtime.Objects;

public sealed class PyEllipsis : PyObject
{
    private PyEllipsis()
        : base(PyType.Ellipsis)
    {
    }

    public static PyEllipsis Instance { get; } = new();
}
