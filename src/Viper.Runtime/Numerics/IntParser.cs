using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Viper.Frontend.Text;

namespace Viper.Runtime.Numerics;

/// <summary>CPython <c>int(str, base)</c> parsing.</summary>
public static class IntParser
{
    /// <summary>CPython 3.11's default <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>Below this many digits the max-str-digits limit is never checked (CPython's threshold).</summary>
    public const int MaxStrDigitsThreshold = 640;

    private enum Status
    {
        Ok,
        Invalid,
        TooManyDigits,
    }

    /// <summary>
    /// Parses like CPython's <c>int(s, radix)</c> with no digit-count limit. <paramref name="radix"/>
    /// is 0 (infer from a 0x/0o/0b prefix) or 2..36; any other radix returns false (the caller raises
    /// "int() base must be &gt;= 2 and &lt;= 36, or 0").
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, int radix, out BigInteger value) =>
        Parse(s, radix, 0, out value, out _) == Status.Ok;

    /// <summary>
    /// Parses like CPython's <c>int(s, radix)</c>, throwing <see cref="NumericError"/> (ValueError)
    /// with CPython's exact message on failure: invalid base, invalid literal, or more than
    /// <paramref name="maxStrDigits"/> digits for a non-power-of-two base (0 disables the limit).
    /// </summary>
    public static BigInteger Parse(ReadOnlySpan<char> s, int radix, int maxStrDigits = DefaultMaxStrDigits) =>
        TryParse(s, radix, maxStrDigits, out var value, out var error) ? value : throw new NumericError("ValueError", error);

    /// <summary>
    /// <see cref="Parse(ReadOnlySpan{char}, int, int)"/> that answers false with the ValueError's
    /// message instead of throwing, for callers that raise the Python error themselves (a throw
    /// costs microseconds).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, int radix, int maxStrDigits, out BigInteger value, [NotNullWhen(false)] out string? error)
    {
        if (radix != 0 && radix is < 2 or > 36)
        {
            value = default;
            error = "int() base must be >= 2 and <= 36, or 0";
            return false;
        }

        switch (Parse(s, radix, maxStrDigits, out value, out int digits))
        {
            case Status.Ok:
                error = null;
                return true;
            case Status.TooManyDigits:
                error = $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit";
                return false;
            default:
                error = InvalidLiteralMessage(s, radix);
                return false;
        }
    }

    /// <summary>CPython's "invalid literal for int() with base N: '...'" message (repr truncated to 200 chars).</summary>
    public static string InvalidLiteralMessage(ReadOnlySpan<char> s, int radix)
    {
        string repr = StrRepr.Repr(s.ToString());
        if (repr.Length > 200)
        {
            int cut = 200;
            if (char.IsLowSurrogate(repr[cut]) && char.IsHighSurrogate(repr[cut - 1]))
            {
                cut--;
            }

            repr = repr[..cut];
        }

        return $"invalid literal for int() with base {radix}: {repr}";
    }

    private static Status Parse(ReadOnlySpan<char> input, int radix, int maxStrDigits, out BigInteger value, out int digitCount)
    {
        value = BigInteger.Zero;
        digitCount = 0;
        if (radix != 0 && radix is < 2 or > 36)
        {
            return Status.Invalid;
        }

        // Fast path: short plain ASCII decimal.
        if (radix == 10 && input.Length is > 0 and <= 18 && TryParseShortDecimal(input, out long small))
        {
            value = small;
            return Status.Ok;
        }

        ReadOnlySpan<char> s = PyText.IsAscii(input) ? input : PyText.TransformDecimalAndSpaceToAscii(input).AsSpan();
        int p = 0;
        while (p < s.Length && PyText.IsAsciiSpace(s[p]))
        {
            p++;
        }

        bool negative = false;
        if (p < s.Length && s[p] is '+' or '-')
        {
            negative = s[p] == '-';
            p++;
        }

        bool errorIfNonzero = false;
        char c1 = p + 1 < s.Length ? char.ToLowerInvariant(s[p + 1]) : '\0';
        if (radix == 0)
        {
            if (p >= s.Length || s[p] != '0')
            {
                radix = 10;
            }
            else if (c1 == 'x')
            {
                radix = 16;
            }
            else if (c1 == 'o')
            {
                radix = 8;
            }
            else if (c1 == 'b')
            {
                radix = 2;
            }
            else
            {
                errorIfNonzero = true;
                radix = 10;
            }
        }

        if (p < s.Length && s[p] == '0'
            && ((radix == 16 && c1 == 'x') || (radix == 8 && c1 == 'o') || (radix == 2 && c1 == 'b')))
        {
            p += 2;
            if (p < s.Length && s[p] == '_')
            {
                p++;
            }
        }

        if (p < s.Length && s[p] == '_')
        {
            return Status.Invalid;
        }

        // Collect digit values, allowing single underscores between digits.
        int digitsStart = p;
        int count = 0;
        char prev = '\0';
        int scan = p;
        while (scan < s.Length)
        {
            char c = s[scan];
            if (c == '_')
            {
                if (prev == '_')
                {
                    return Status.Invalid;
                }
            }
            else if (DigitValue(c) >= radix)
            {
                break;
            }
            else
            {
                count++;
            }

            prev = c;
            scan++;
        }

        if (prev == '_')
        {
            return Status.Invalid;
        }

        if (count == 0)
        {
            return Status.Invalid;
        }

        if ((radix & (radix - 1)) != 0 && maxStrDigits > 0 && count > MaxStrDigitsThreshold && count > maxStrDigits)
        {
            digitCount = count;
            return Status.TooManyDigits;
        }

        int digitsEnd = scan;
        while (scan < s.Length && PyText.IsAsciiSpace(s[scan]))
        {
            scan++;
        }

        if (scan != s.Length)
        {
            return Status.Invalid;
        }

        value = Accumulate(s[digitsStart..digitsEnd], count, radix);
        if (errorIfNonzero && !value.IsZero)
        {
            return Status.Invalid;
        }

        if (negative)
        {
            value = -value;
        }

        return Status.Ok;
    }

    private static bool TryParseShortDecimal(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i = 1;
        }

        if (i >= s.Length)
        {
            return false;
        }

        long v = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            v = (v * 10) + (c - '0');
        }

        value = negative ? -v : v;
        return true;
    }

    /// <summary>Value of an ASCII digit/letter in bases up to 36; 99 for anything else.</summary>
    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    private static BigInteger Accumulate(ReadOnlySpan<char> s, int count, int radix)
    {
        Span<byte> digits = count <= 512 ? stackalloc byte[count] : new byte[count];
        int n = 0;
        foreach (char c in s)
        {
            if (c != '_')
            {
                digits[n++] = (byte)DigitValue(c);
            }
        }

        if (radix == 10 && count > 18)
        {
            Span<char> text = count <= 512 ? stackalloc char[count] : new char[count];
            for (int i = 0; i < count; i++)
            {
                text[i] = (char)('0' + digits[i]);
            }

            return BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if ((radix & (radix - 1)) == 0)
        {
            return FromPowerOfTwoDigits(digits, radix);
        }

        return FromDigits(digits, radix);
    }

    /// <summary>Linear-time conversion for bases 2, 4, 8, 16, 32.</summary>
    private static BigInteger FromPowerOfTwoDigits(ReadOnlySpan<byte> digits, int radix)
    {
        int bitsPerDigit = BitOperations.Log2((uint)radix);
        long totalBits = (long)digits.Length * bitsPerDigit;
        var bytes = new byte[(totalBits / 8) + 2];
        long bitPos = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i];
            for (int b = 0; b < bitsPerDigit; b++, bitPos++)
            {
                if (((d >> b) & 1) != 0)
                {
                    bytes[bitPos >> 3] |= (byte)(1 << (int)(bitPos & 7));
                }
            }
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>
    /// Generic base conversion: groups digits into machine-word chunks, then combines chunks with a
    /// balanced divide-and-conquer product tree (subquadratic given BigInteger's multiplication).
    /// </summary>
    private static BigInteger FromDigits(ReadOnlySpan<byte> digits, int radix)
    {
        // Largest k with radix**k < 2**63.
        int k = 1;
        long chunkBase = radix;
        while (chunkBase <= long.MaxValue / radix)
        {
            chunkBase *= radix;
            k++;
        }

        if (digits.Length <= k)
        {
            return ChunkValue(digits, radix);
        }

        // Chunks, most significant first; the first chunk may be short.
        int first = digits.Length % k;
        int chunkCount = (digits.Length / k) + (first > 0 ? 1 : 0);
        var chunks = new BigInteger[chunkCount];
        int pos = 0;
        int ci = 0;
        if (first > 0)
        {
            chunks[ci++] = ChunkValue(digits[..first], radix);
            pos = first;
        }

        while (pos < digits.Length)
        {
            chunks[ci++] = ChunkValue(digits.Slice(pos, k), radix);
            pos += k;
        }

        // Pairwise combine: value = hi * base**len(lo) + lo; each level squares the multiplier.
        BigInteger multiplier = chunkBase;
        int len = chunks.Length;
        while (len > 1)
        {
            int newLen = (len + 1) / 2;
            int offset = len % 2; // an odd leading chunk passes through unchanged
            var next = new BigInteger[newLen];
            if (offset == 1)
            {
                next[0] = chunks[0];
            }

            for (int j = offset; j < len; j += 2)
            {
                next[(j + offset) / 2] = (chunks[j] * multiplier) + chunks[j + 1];
            }

            chunks = next;
            len = newLen;
            multiplier *= multiplier;
        }

        return chunks[0];
    }

    private static long ChunkValue(ReadOnlySpan<byte> digits, int radix)
    {
        long v = 0;
        foreach (byte d in digits)
        {
            v = (v * radix) + d;
        }

        return v;
    }
}
