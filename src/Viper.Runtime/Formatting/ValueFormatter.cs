using System.Globalization;
using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Formatting;

/// <summary>
/// <c>format(value, spec)</c>: a class's own <c>__format__</c>, the <c>__format__</c> of int, bool,
/// float and str, and <c>object.__format__</c> (only the empty spec) for the rest.
/// </summary>
public static class ValueFormatter
{
    public static string Format(Value value, string spec)
    {
        if (SpecialMethods.IsUserObject(value))
        {
            if (SpecialMethods.TryCall(value, "__format__", [Value.FromString(spec)], out var formatted))
            {
                return formatted.Ref is PyStr text ? text.Value : throw PyErrors.TypeError($"__format__ must return a str, not {TypeNames.Of(formatted)}");
            }

            // The builtin bases' __format__ with an empty spec is str(self), which a subclass may override.
            if (spec.Length == 0)
            {
                return Repr.Str(value);
            }
        }

        if (value.Ref is PyStr s)
        {
            return spec.Length == 0 ? s.Value : FormatStr(s, FormatSpec.Parse(spec, "str", '<'));
        }

        if (value.Ref is PyBool && spec.Length == 0)
        {
            return Repr.Str(value);
        }

        try
        {
            switch (Numbers.Classify(value, out var small, out var big, out var real))
            {
                case NumberKind.Small:
                    return spec.Length == 0 ? Repr.Str(value) : FormatInt(small, FormatSpec.Parse(spec, TypeNames.Of(value), '>'), TypeNames.Of(value));
                case NumberKind.Big:
                    return spec.Length == 0 ? Repr.Str(value) : FormatInt(big, FormatSpec.Parse(spec, TypeNames.Of(value), '>'), TypeNames.Of(value));
                case NumberKind.Float:
                    return spec.Length == 0 ? Repr.Str(value) : FloatFormatting.Format(real, FormatSpec.Parse(spec, "float", '>'), "float");
            }
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }

        if (spec.Length > 0)
        {
            throw PyErrors.TypeError($"unsupported format string passed to {TypeNames.Of(value)}.__format__");
        }

        return Repr.Str(value);
    }

    private static string FormatStr(PyStr value, FormatSpec spec)
    {
        if (spec.Type is not ('s' or '\0'))
        {
            throw UnknownCode(spec.Type, "str");
        }

        if (spec.Sign != '\0')
        {
            throw PyErrors.ValueError(spec.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw PyErrors.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        }

        if (spec.Alternate)
        {
            throw PyErrors.ValueError("Alternate form (#) not allowed in string format specifier");
        }

        if (spec.Align == '=')
        {
            throw PyErrors.ValueError("'=' alignment not allowed in string format specifier");
        }

        if (spec.Grouping != Grouping.None)
        {
            throw PyErrors.ValueError($"Cannot specify '{spec.GroupSeparator}' with 's'.");
        }

        var text = value.Value;
        var length = value.Length;
        if (spec.Precision >= 0 && spec.Precision < length)
        {
            length = (int)spec.Precision;
            text = text[..value.Utf16Offset(length)];
        }

        // Padding counts code points, so pad on the code-point length, not the UTF-16 one.
        return NumberLayout.Pad(spec with { Width = spec.Width - (length - text.Length) }, text);
    }

    private static string FormatInt(BigInteger value, FormatSpec spec, string typeName)
    {
        if (spec.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
        {
            return FloatFormatting.Format(Numbers.ToDouble(value), spec, typeName);
        }

        var digits = spec.Type switch
        {
            'b' => IntFormatter.ToPowerOfTwoString(BigInteger.Abs(value), 1, ""),
            'o' => IntFormatter.ToPowerOfTwoString(BigInteger.Abs(value), 3, ""),
            'x' => IntFormatter.ToPowerOfTwoString(BigInteger.Abs(value), 4, ""),
            'X' => IntFormatter.ToPowerOfTwoString(BigInteger.Abs(value), 4, "").ToUpperInvariant(),
            'd' or 'n' or '\0' => IntFormatter.ToDecimalString(BigInteger.Abs(value)),
            'c' => "",
            _ => throw UnknownCode(spec.Type, typeName),
        };
        return LayoutInt(value.Sign < 0, value, digits, spec);
    }

    private static string FormatInt(long value, FormatSpec spec, string typeName)
    {
        if (spec.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
        {
            return FloatFormatting.Format(value, spec, typeName);
        }

        // The magnitude as ulong, so long.MinValue needs no special case.
        var magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        var digits = spec.Type switch
        {
            'b' => Convert.ToString((long)magnitude, 2),
            'o' => Convert.ToString((long)magnitude, 8),
            'x' => Convert.ToString((long)magnitude, 16),
            'X' => Convert.ToString((long)magnitude, 16).ToUpperInvariant(),
            'd' or 'n' or '\0' => magnitude.ToString(CultureInfo.InvariantCulture),
            'c' => "",
            _ => throw UnknownCode(spec.Type, typeName),
        };
        return LayoutInt(value < 0, value, digits, spec);
    }

    private static string LayoutInt(bool negative, BigInteger value, string digits, FormatSpec spec)
    {
        if (spec.Precision >= 0)
        {
            throw PyErrors.ValueError("Precision not allowed in integer format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw PyErrors.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        }

        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
            {
                throw PyErrors.ValueError("Sign not allowed with integer format specifier 'c'");
            }

            if (spec.Alternate)
            {
                throw PyErrors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }

            // CPython converts to a C long first, so a value beyond 64 bits fails that conversion.
            if (value < long.MinValue || value > long.MaxValue)
            {
                throw PyErrors.Overflow("Python int too large to convert to C long");
            }

            if (value < 0 || value > 0x10FFFF)
            {
                throw PyErrors.Overflow("%c arg not in range(0x110000)");
            }

            var character = PyStr.FromCodePoint((int)value).Value;

            // An astral character is two UTF-16 units but one code point of width.
            return NumberLayout.Build(spec with { Width = spec.Width + character.Length - 1 }, negative: false, "", "", character);
        }

        var prefix = spec.Alternate ? spec.Type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" } : "";
        return NumberLayout.Build(spec, negative, prefix, digits, "");
    }

    internal static PythonException UnknownCode(char type, string typeName) =>
        PyErrors.ValueError($"Unknown format code '{type}' for object of type '{typeName}'");
}
