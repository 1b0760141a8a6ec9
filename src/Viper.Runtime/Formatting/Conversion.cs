using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Formatting;

/// <summary>The <c>!s</c>, <c>!r</c> and <c>!a</c> conversions of f-strings and <c>str.format</c>.</summary>
public static class Conversion
{
    public static string Apply(Value value, char conversion) => conversion switch
    {
        's' => Repr.Str(value),
        'r' => Repr.Of(value),
        'a' => Repr.Ascii(value),
        _ => throw PyErrors.ValueError($"Unknown conversion specifier {conversion}"),
    };
}
