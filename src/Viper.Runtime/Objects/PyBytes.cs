namespace Viper.Runtime.Objects;

public sealed class PyBytes(byte[] value) : PyObject(PyType.Bytes)
{
    public byte[] Value { get; } = value;
}
