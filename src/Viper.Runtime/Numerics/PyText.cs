using System.Globalization;
using System.Text;

namespace Viper.Runtime.Numerics;

/// <summary>
/// Character classification shared by the numeric parsers: CPython's <c>str.isspace</c> and the
/// Unicode-decimal-digit to ASCII mapping CPython applies before <c>int()</c>/<c>float()</c> parsing
/// (<c>_PyUnicode_TransformDecimalAndSpaceToASCII</c>).
/// </summary>
public static class PyText
{
    /// <summary>CPython <c>str.isspace()</c> for a single code point.</summary>
    public static bool IsSpace(int cp) => cp switch
    {
        >= 0x09 and <= 0x0D => true,
        >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A => true,
        0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    /// <summary>
    /// Converts <paramref name="s"/> to the ASCII form CPython parses numbers from: Unicode whitespace
    /// becomes ' ', Unicode decimal digits (category Nd) become '0'..'9', other non-ASCII code points
    /// become '?'. Returns <paramref name="s"/> itself (as a string) when it is already ASCII.
    /// </summary>
    public static string TransformDecimalAndSpaceToAscii(ReadOnlySpan<char> s)
    {
        if (IsAscii(s))
        {
            return s.ToString();
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp;
            int width = 1;
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            else
            {
                cp = c;
            }

            i += width;
            if (cp < 0x80)
            {
                sb.Append((char)cp);
            }
            else if (IsSpace(cp))
            {
                sb.Append(' ');
            }
            else if (!(cp is >= 0xD800 and <= 0xDFFF)
                && CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.DecimalDigitNumber)
            {
                int v = CharUnicodeInfo.GetDecimalDigitValue(new Rune(cp).ToString(), 0);
                sb.Append(v is >= 0 and <= 9 ? (char)('0' + v) : '?');
            }
            else
            {
                sb.Append('?');
            }
        }

        return sb.ToString();
    }

    /// <summary>True when every char is below 0x80.</summary>
    public static bool IsAscii(ReadOnlySpan<char> s) => System.Text.Ascii.IsValid(s);

    /// <summary>True for ASCII whitespace as C's <c>isspace</c> (CPython's <c>Py_ISSPACE</c>).</summary>
    internal static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';
}
