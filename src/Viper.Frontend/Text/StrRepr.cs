using System.Globalization;
using System.Text;

namespace Viper.Frontend.Text;

/// <summary>CPython <c>repr(str)</c> and <c>ascii(str)</c>.</summary>
public static class StrRepr
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>
    /// CPython's <c>str.__repr__</c>: single quotes unless the string contains <c>'</c> but no <c>"</c>;
    /// escapes <c>\\</c>, the quote, <c>\t \n \r</c>, other C0 controls and DEL as <c>\xhh</c>, and
    /// non-printable non-ASCII code points as <c>\xhh</c>/<c>\uhhhh</c>/<c>\Uhhhhhhhh</c>.
    /// A valid surrogate pair counts as one code point; a lone surrogate is escaped as <c>\udxxx</c>.
    /// </summary>
    public static string Repr(string s) => Escape(s, asciiOnly: false);

    /// <summary>CPython's <c>ascii(str)</c>: like <see cref="Repr"/> but every non-ASCII code point is escaped.</summary>
    public static string Ascii(string s) => Escape(s, asciiOnly: true);

    /// <summary>
    /// CPython's <c>Py_UNICODE_ISPRINTABLE</c> / <c>str.isprintable()</c> for one code point: false for
    /// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than U+0020.
    /// </summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x7F)
        {
            return cp >= 0x20;
        }

        if (cp is >= 0xD800 and <= 0xDFFF || cp > 0x10FFFF)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static string Escape(string s, bool asciiOnly)
    {
        bool hasSingle = s.Contains('\'');
        bool hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x7F)
            {
                switch (c)
                {
                    case '\\':
                        sb.Append("\\\\");
                        break;
                    case '\t':
                        sb.Append("\\t");
                        break;
                    case '\n':
                        sb.Append("\\n");
                        break;
                    case '\r':
                        sb.Append("\\r");
                        break;
                    default:
                        if (c == quote)
                        {
                            sb.Append('\\').Append(c);
                        }
                        else if (c < 0x20)
                        {
                            AppendHex(sb, 'x', c, 2);
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }

                continue;
            }

            int cp = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }

            if (!asciiOnly && IsPrintable(cp))
            {
                sb.Append(s, i, width);
            }
            else if (cp <= 0xFF)
            {
                AppendHex(sb, 'x', cp, 2);
            }
            else if (cp <= 0xFFFF)
            {
                AppendHex(sb, 'u', cp, 4);
            }
            else
            {
                AppendHex(sb, 'U', cp, 8);
            }

            i += width - 1;
        }

        sb.Append(quote);
        return sb.ToString();
    }

    private static void AppendHex(StringBuilder sb, char kind, int value, int digits)
    {
        sb.Append('\\').Append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            sb.Append(HexDigits[(value >> shift) & 0xF]);
        }
    }
}
