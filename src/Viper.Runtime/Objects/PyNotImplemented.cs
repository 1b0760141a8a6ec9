namespace Viper.Runtime.Objects;

/// <summary>The <c>NotImplemented</c> singleton a special method returns to let the other operand try.</summary>
public sealed class PyNotImplemented : PyObject
{
    private PyNotImplemented()
        : base(NotImplementedType)
    {
    }

    public static PyType NotImplementedType { get; } = new("NotImplementedType", PyType.Object) { Type = PyType.TypeType };

    public static PyNotImplemented Instance { get; } = new();
}
