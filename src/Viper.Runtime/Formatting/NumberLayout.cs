using System.Text;

namespace Viper.Runtime.Formatting;

/// <summary>
/// Puts a formatted number together as CPython does: sign, prefix (<c>0x</c>), the integer digits
/// with their group separators, the rest (fraction, exponent, '%'), padded to the width by the
/// alignment. With '0' padding after the sign (fill '0', align '='), the padding zeros are grouped
/// too, and a group is never left starting with a separator.
/// </summary>
public static class NumberLayout
{
    public static string Build(in FormatSpec spec, bool negative, string prefix, string integerDigits, string rest)
    {
        var sign = negative ? "-" : spec.Sign is '+' or ' ' ? spec.Sign.ToString() : "";
        var zeroPadded = spec.Fill == '0' && spec.Align == '=';
        var digits = integerDigits;
        if (spec.Grouping != Grouping.None && digits.Length > 0)
        {
            var minWidth = zeroPadded ? PaddingFor(spec, sign.Length + prefix.Length + rest.Length) : 0;
            digits = Group(digits, spec.GroupSeparator, spec.GroupSize, minWidth);
        }

        var length = sign.Length + prefix.Length + digits.Length + rest.Length;
        var padding = PaddingFor(spec, length);
        if (padding <= 0)
        {
            return string.Concat(sign, prefix, digits, rest);
        }

        var text = new StringBuilder(length + padding);
        switch (spec.Align)
        {
            case '<':
                text.Append(sign).Append(prefix).Append(digits).Append(rest).Append(spec.Fill, padding);
                break;
            case '^':
                text.Append(spec.Fill, padding / 2).Append(sign).Append(prefix).Append(digits).Append(rest).Append(spec.Fill, padding - (padding / 2));
                break;
            case '=':
                text.Append(sign).Append(prefix).Append(spec.Fill, padding).Append(digits).Append(rest);
                break;
            default:
                text.Append(spec.Fill, padding).Append(sign).Append(prefix).Append(digits).Append(rest);
                break;
        }

        return text.ToString();
    }

    /// <summary>Pads a formatted str (no sign, no grouping) to the spec's width.</summary>
    public static string Pad(in FormatSpec spec, string text)
    {
        var padding = PaddingFor(spec, text.Length);
        if (padding <= 0)
        {
            return text;
        }

        return spec.Align switch
        {
            '>' => new string(spec.Fill, padding) + text,
            '^' => string.Concat(new string(spec.Fill, padding / 2), text, new string(spec.Fill, padding - (padding / 2))),
            _ => text + new string(spec.Fill, padding),
        };
    }

    /// <summary>The fill needed to reach the width; a width no string can have is a MemoryError, as in CPython.</summary>
    private static int PaddingFor(in FormatSpec spec, int length) =>
        spec.Width - length > Array.MaxLength ? throw new OutOfMemoryException() : (int)Math.Max(0, spec.Width - length);

    /// <summary>
    /// Inserts separators every <paramref name="size"/> digits from the right, extending the digits
    /// with leading zeros until the result is at least <paramref name="minWidth"/> long.
    /// </summary>
    private static string Group(string digits, char separator, int size, int minWidth)
    {
        var groups = new List<string>();
        var remaining = digits.Length;
        while (true)
        {
            var length = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
            var taken = Math.Min(remaining, length);
            groups.Add(new string('0', length - taken) + digits.Substring(remaining - taken, taken));
            remaining -= taken;
            minWidth -= length;
            if (remaining <= 0 && minWidth <= 0)
            {
                break;
            }

            minWidth--;
        }

        groups.Reverse();
        return string.Join(separator, groups);
    }
}
