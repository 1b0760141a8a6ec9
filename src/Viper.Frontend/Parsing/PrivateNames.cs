namespace Viper.Frontend.Parsing;

/// <summary>
/// Private name mangling: inside a class body (and the functions, lambdas and comprehensions in it),
/// an identifier spelled <c>__name</c> that does not end in two underscores stands for
/// <c>_ClassName__name</c>, the class's name without its leading underscores. A class whose name is
/// all underscores mangles nothing.
/// </summary>
public static class PrivateNames
{
    /// <summary><paramref name="identifier"/> as written inside the class <paramref name="className"/> (none outside classes).</summary>
    public static string Mangle(string? className, string identifier)
    {
        if (className is null || !identifier.StartsWith("__", StringComparison.Ordinal)
            || identifier.EndsWith("__", StringComparison.Ordinal) || identifier.Contains('.', StringComparison.Ordinal))
        {
            return identifier;
        }

        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? identifier : $"_{stripped}{identifier}";
    }
}
