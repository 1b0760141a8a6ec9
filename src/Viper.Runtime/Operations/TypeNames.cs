using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

public static class TypeNames
{
    /// <summary>The type name CPython puts in messages: <c>'int'</c>, <c>'NoneType'</c>, ...</summary>
    public static string Of(Value value) => value.Type is { NamedWithModule: true } type ? $"{type.ModuleName}.{type.Name}" : value.Type.Name;
}
