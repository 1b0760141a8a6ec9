using System.Globalization;
using Viper.Frontend.Text;
using Viper.Runtime.Errors;

namespace Viper.Runtime.Formatting;

/// <summary>
/// float's <c>__format__</c> (also used for ints with a float presentation type and by
/// printf-style <c>%e %f %g</c>): the 'e', 'f', 'g', 'n' and '%' types, and the empty type, which is
/// repr without a precision and a 'g' that keeps a ".0" with one.
/// </summary>
public static class FloatFormatting
{
    public static string Format(double x, FormatSpec spec, string typeName)
    {
        if (spec.Type is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%' or '\0'))
        {
            throw ValueFormatter.UnknownCode(spec.Type, typeName);
        }

        if (spec.Precision > int.MaxValue)
        {
            throw PyErrors.ValueError("precision too big");
        }

        var (integerPart, rest) = Body(x, spec.Type, (int)spec.Precision, spec.Alternate);
        var negative = double.IsNegative(x) && !double.IsNaN(x);
        if (negative && spec.NoNegativeZero && IsZero(integerPart, rest))
        {
            negative = false;
        }

        return NumberLayout.Build(spec, negative, "", integerPart, rest);
    }

    /// <summary>
    /// The digits of |x| before the decimal point, and everything after them (point, fraction,
    /// exponent, '%'), for a presentation type and precision (-1 for the type's default).
    /// </summary>
    public static (string IntegerPart, string Suffix) Body(double x, char type, int precision, bool alternate)
    {
        var addDotZero = false;
        if (type == '\0')
        {
            addDotZero = true;
            type = precision < 0 ? 'r' : 'g';
        }

        var upper = type is 'E' or 'F' or 'G';
        type = char.ToLowerInvariant(type) switch { 'n' => 'g', var lower => lower };
        var percent = type == '%';
        if (percent)
        {
            x *= 100;
            type = 'f';
        }

        if (precision < 0)
        {
            precision = 6;
        }

        var magnitude = Math.Abs(x);
        var (integerPart, rest) = double.IsFinite(x)
            ? type switch
            {
                'f' => Fixed(magnitude, precision, alternate),
                'e' => Exponent(magnitude, precision, alternate),
                'g' => General(magnitude, precision, alternate, addDotZero),
                _ => Split(FloatFormatter.Repr(magnitude), alternate),
            }
            : ("", double.IsNaN(x) ? "nan" : "inf");
        if (upper)
        {
            rest = rest.ToUpperInvariant();
        }

        return (integerPart, percent ? rest + "%" : rest);
    }

    private static (string, string) Fixed(double magnitude, int places, bool alternate)
    {
        var digits = FloatDigits.Fixed(magnitude, places).PadLeft(places + 1, '0');
        var point = places > 0 || alternate ? "." : "";
        return (digits[..^places], point + digits[^places..]);
    }

    private static (string, string) Exponent(double magnitude, int places, bool alternate)
    {
        int decimalPoint;
        string digits;
        if (magnitude == 0)
        {
            digits = new string('0', places + 1);
            decimalPoint = 1;
        }
        else
        {
            digits = FloatDigits.Significant(magnitude, places + 1, out decimalPoint).PadRight(places + 1, '0');
        }

        var point = places > 0 || alternate ? "." : "";
        return (digits[..1], point + digits[1..] + ExponentSuffix(decimalPoint - 1));
    }

    private static (string, string) General(double magnitude, int precision, bool alternate, bool addDotZero)
    {
        precision = Math.Max(precision, 1);
        int decimalPoint;
        string digits;
        if (magnitude == 0)
        {
            digits = "0";
            decimalPoint = 1;
        }
        else
        {
            digits = FloatDigits.Significant(magnitude, precision, out decimalPoint).TrimEnd('0');
        }

        if (alternate)
        {
            digits = digits.PadRight(precision, '0');
        }

        var useExponent = decimalPoint <= -4 || decimalPoint > (addDotZero ? precision - 1 : precision);
        string integerPart, fraction;
        if (useExponent)
        {
            (integerPart, fraction) = (digits[..1], digits[1..]);
        }
        else if (decimalPoint <= 0)
        {
            (integerPart, fraction) = ("0", new string('0', -decimalPoint) + digits);
        }
        else if (decimalPoint >= digits.Length)
        {
            (integerPart, fraction) = (digits + new string('0', decimalPoint - digits.Length), "");
        }
        else
        {
            (integerPart, fraction) = (digits[..decimalPoint], digits[decimalPoint..]);
        }

        var rest = fraction.Length > 0 || alternate ? "." + fraction : addDotZero && !useExponent ? ".0" : "";
        return (integerPart, useExponent ? rest + ExponentSuffix(decimalPoint - 1) : rest);
    }

    private static string ExponentSuffix(int exponent) =>
        (exponent < 0 ? "e-" : "e+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Splits a repr into its integer digits and the rest, for grouping and padding.</summary>
    private static (string, string) Split(string repr, bool alternate)
    {
        var end = repr.AsSpan().IndexOfAny('.', 'e');
        if (end < 0)
        {
            return (repr, "");
        }

        // The alternate form always shows a point, even as "1.e+16".
        return (repr[..end], alternate && repr[end] == 'e' ? "." + repr[end..] : repr[end..]);
    }

    /// <summary>Whether the formatted mantissa is all zeros (the 'z' option then drops a minus sign).</summary>
    private static bool IsZero(string integerPart, string rest)
    {
        var exponent = rest.AsSpan().IndexOfAny('e', 'E');
        var mantissa = exponent < 0 ? rest.AsSpan() : rest.AsSpan(0, exponent);
        return integerPart.AsSpan().IndexOfAnyExcept('0') < 0 && mantissa.IndexOfAnyExcept("0.%") < 0 && integerPart.Length > 0;
    }
}
