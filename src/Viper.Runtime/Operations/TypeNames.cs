using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

public static class TypeNames
{
    /// <summary>The type name CPython puts in messages: <c>'int'</c>, <c>'NoneType'</c>, ...</summary>
    public static string Of(Value value) => OfType(value.Type);

    /// <summary>A type's name as messages give it: with its module for the types that carry one (<see cref="PyType.NamedWithModule"/>).</summary>
    public static string OfType(PyType type) => type.NamedWithModule ? $"{type.ModuleName}.{type.Name}" : type.Name;
}
