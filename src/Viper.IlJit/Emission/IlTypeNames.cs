using System.Reflection;

namespace Viper.IlJit.Emission;

/// <summary>Short, ildasm-like names of types and members for the <c>--dump-il</c> text.</summary>
internal static class IlTypeNames
{
    public static string Of(Type type) => type switch
    {
        _ when type == typeof(void) => "void",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(int) => "int32",
        _ when type == typeof(long) => "int64",
        _ when type == typeof(double) => "float64",
        _ when type == typeof(object) => "object",
        _ when type == typeof(string) => "string",
        { IsByRef: true } => Of(type.GetElementType()!) + "&",
        { IsArray: true } => Of(type.GetElementType()!) + "[]",
        _ => type.Name,
    };

    public static string Of(MethodBase method)
    {
        var returnType = method is MethodInfo info ? Of(info.ReturnType) : "void";
        var owner = method.DeclaringType is { } type ? Of(type) + "::" : "";
        var parameters = string.Join(", ", method.GetParameters().Select(p => Of(p.ParameterType)));
        return $"{returnType} {owner}{method.Name}({parameters})";
    }

    public static string Of(FieldInfo field) => $"{Of(field.FieldType)} {Of(field.DeclaringType!)}::{field.Name}";
}
