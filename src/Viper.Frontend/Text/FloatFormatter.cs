using System.Globalization;
using System.Text;

namespace Viper.Frontend.Text;

/// <summary>CPython-compatible float to string conversion.</summary>
public static class FloatFormatter
{
    /// <summary>
    /// CPython 3.11 <c>repr(float)</c> (which equals <c>str(float)</c>): shortest round-trip digits,
    /// positional notation for decimal exponents in [-4, 16), scientific otherwise.
    /// </summary>
    public static string Repr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0" : "0.0";
        }

        Span<char> digits = stackalloc char[32];
        int nDigits = ShortestDigits(d, digits, out int decpt);
        var sb = new StringBuilder(32);
        if (d < 0)
        {
            sb.Append('-');
        }

        ReadOnlySpan<char> ds = digits[..nDigits];
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(ds[0]);
            if (nDigits > 1)
            {
                sb.Append('.').Append(ds[1..]);
            }

            int exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            int absExp = Math.Abs(exp);
            if (absExp < 10)
            {
                sb.Append('0');
            }

            sb.Append(absExp.ToString(CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(ds);
        }
        else if (decpt < nDigits)
        {
            sb.Append(ds[..decpt]).Append('.').Append(ds[decpt..]);
        }
        else
        {
            sb.Append(ds).Append('0', decpt - nDigits).Append(".0");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Shortest round-trip decimal digits of a finite nonzero <paramref name="d"/> (sign ignored), as
    /// produced by .NET's round-trip formatting. The value is <c>0.DIGITS * 10**decpt</c>, i.e. the
    /// decimal point sits after <paramref name="decpt"/> digits (same convention as dtoa).
    /// Returns the number of digits written (no leading or trailing zeros).
    /// </summary>
    public static int ShortestDigits(double d, Span<char> digits, out int decpt)
    {
        // "E16" would give 17 significant digits; "R" gives the shortest round-trip string.
        Span<char> buf = stackalloc char[40];
        if (!Math.Abs(d).TryFormat(buf, out int len, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("float formatting failed");
        }

        ReadOnlySpan<char> s = buf[..len];
        int exp10 = 0;
        int e = s.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exp10 = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }

        int n = 0;
        int pointPos = -1;
        bool seenNonZero = false;
        int leadingZeros = 0;
        foreach (char c in s)
        {
            if (c == '.')
            {
                pointPos = n + leadingZeros;
                continue;
            }

            if (c == '0' && !seenNonZero)
            {
                leadingZeros++;
                continue;
            }

            seenNonZero = true;
            digits[n++] = c;
        }

        if (pointPos < 0)
        {
            pointPos = n + leadingZeros;
        }

        while (n > 1 && digits[n - 1] == '0')
        {
            n--;
        }

        decpt = pointPos - leadingZeros + exp10;
        return n;
    }
}
