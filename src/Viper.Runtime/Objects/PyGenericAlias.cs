using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// <c>list[int]</c>: a builtin container type subscripted with the types of its items
/// (<c>types.GenericAlias</c>), as type hints write them. It only records the subscript: calling it
/// calls <see cref="Origin"/>, and any attribute it does not have itself is the origin's.
/// </summary>
public sealed class PyGenericAlias(Value origin, PyTuple arguments) : PyObject(GenericAliasType)
{
    public static PyType GenericAliasType { get; } = new("GenericAlias", PyType.Object) { Type = PyType.TypeType, ModuleName = "types", NamedWithModule = true };

    /// <summary><c>__origin__</c>: the type that was subscripted.</summary>
    public Value Origin { get; } = origin;

    /// <summary><c>__args__</c>: the subscript, always a tuple (<c>list[int]</c> has <c>(int,)</c>).</summary>
    public PyTuple Arguments { get; } = arguments;

    /// <summary>The alias <c>origin[subscript]</c> makes: a tuple subscript gives the arguments, anything else is the only one.</summary>
    public static PyGenericAlias Of(Value origin, Value subscript) =>
        new(origin, subscript.Ref as PyTuple is { } tuple && ReferenceEquals(tuple.Type, PyType.Tuple) ? tuple : PyTuple.Of(subscript));
}
