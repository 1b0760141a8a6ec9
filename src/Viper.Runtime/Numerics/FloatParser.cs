using System.Globalization;
using Viper.Frontend.Text;

namespace Viper.Runtime.Numerics;

/// <summary>CPython <c>float(str)</c> parsing.</summary>
public static class FloatParser
{
    /// <summary>
    /// Parses <paramref name="s"/> following CPython's <c>float(str)</c>: surrounding (Unicode)
    /// whitespace, optional sign, decimal digits (Unicode decimal digits allowed) with single
    /// underscores between digits, optional fraction and exponent, or <c>inf</c>/<c>infinity</c>/<c>nan</c>
    /// in any case. The result is correctly rounded; out-of-range values become ±inf or ±0.0.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        ReadOnlySpan<char> t = PyText.IsAscii(s) ? s : PyText.TransformDecimalAndSpaceToAscii(s).AsSpan();
        int start = 0;
        int end = t.Length;
        while (start < end && PyText.IsAsciiSpace(t[start]))
        {
            start++;
        }

        while (end > start && PyText.IsAsciiSpace(t[end - 1]))
        {
            end--;
        }

        t = t[start..end];
        if (t.IsEmpty)
        {
            return false;
        }

        bool negative = false;
        int i = 0;
        if (t[0] is '+' or '-')
        {
            negative = t[0] == '-';
            i = 1;
        }

        ReadOnlySpan<char> body = t[i..];
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        // Validate: digits [ '.' digits ] [ (e|E) [sign] digits ], with at least one mantissa digit,
        // and underscores only between two digits. Build a clean copy without underscores.
        Span<char> clean = body.Length + 1 <= 256 ? stackalloc char[body.Length + 1] : new char[body.Length + 1];
        int n = 0;
        clean[n++] = negative ? '-' : '+';
        int p = 0;
        int intDigits = ScanDigits(body, ref p, clean, ref n);
        if (intDigits < 0)
        {
            return false;
        }

        int fracDigits = 0;
        if (p < body.Length && body[p] == '.')
        {
            clean[n++] = '.';
            p++;
            fracDigits = ScanDigits(body, ref p, clean, ref n);
            if (fracDigits < 0)
            {
                return false;
            }
        }

        if (intDigits + fracDigits == 0)
        {
            return false;
        }

        if (p < body.Length && body[p] is 'e' or 'E')
        {
            clean[n++] = 'e';
            p++;
            if (p < body.Length && body[p] is '+' or '-')
            {
                clean[n++] = body[p++];
            }

            int expDigits = ScanDigits(body, ref p, clean, ref n);
            if (expDigits <= 0)
            {
                return false;
            }
        }

        if (p != body.Length)
        {
            return false;
        }

        value = double.Parse(clean[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// Python <c>float(s)</c> for a str argument: like <see cref="TryParse"/> but throws
    /// ValueError "could not convert string to float: '...'" (repr of the original string).
    /// </summary>
    public static double Parse(string s)
    {
        if (TryParse(s, out double v))
        {
            return v;
        }

        throw new NumericError("ValueError", $"could not convert string to float: {StrRepr.Repr(s)}");
    }

    /// <summary>
    /// Scans a run of ASCII digits with single underscores strictly between digits, copying the
    /// digits to <paramref name="clean"/>. Returns the digit count, or -1 on a misplaced underscore.
    /// </summary>
    private static int ScanDigits(ReadOnlySpan<char> s, ref int p, Span<char> clean, ref int n)
    {
        int count = 0;
        while (p < s.Length)
        {
            char c = s[p];
            if (char.IsAsciiDigit(c))
            {
                clean[n++] = c;
                count++;
                p++;
            }
            else if (c == '_')
            {
                if (count == 0 || p + 1 >= s.Length || !char.IsAsciiDigit(s[p + 1]))
                {
                    return -1;
                }

                p++;
            }
            else
            {
                break;
            }
        }

        return count;
    }
}
