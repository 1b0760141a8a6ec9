using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A variable shared between a function and the functions nested in it (CPython's cell): the
/// frame slot of a captured local holds the cell, and each closure holds the same cell.
/// </summary>
public sealed class PyCell(Value contents) : PyObject(PyType.Cell)
{
    /// <summary>The variable's value; <c>Ref</c> is null while it is unbound.</summary>
    public Value Contents = contents;
}
