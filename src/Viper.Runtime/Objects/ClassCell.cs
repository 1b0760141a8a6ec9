namespace Viper.Runtime.Objects;

/// <summary>
/// CPython's implicit <c>__class__</c> cell: shared by the functions a class body defines and
/// filled with the class once it exists, so zero-argument <c>super()</c> knows where to start.
/// </summary>
public sealed class ClassCell
{
    public PyType? Class { get; set; }
}
