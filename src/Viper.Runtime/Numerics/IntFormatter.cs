using System.Globalization;
using System.Numerics;
using System.Text;

namespace Viper.Runtime.Numerics;

/// <summary>CPython int to string conversion: <c>str</c>/<c>repr</c> (with the 3.11 digit limit), <c>hex</c>, <c>oct</c>, <c>bin</c>.</summary>
public static class IntFormatter
{
    /// <summary>Decimal string of a long (never subject to the digit limit).</summary>
    public static string ToDecimalString(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Python <c>str(v)</c>. Throws ValueError "Exceeds the limit (N digits) for integer string
    /// conversion; use sys.set_int_max_str_digits() to increase the limit" when the value has more than
    /// <paramref name="maxStrDigits"/> decimal digits (sign excluded); 0 disables the limit.
    /// </summary>
    public static string ToDecimalString(BigInteger v, int maxStrDigits = IntParser.DefaultMaxStrDigits)
    {
        if (maxStrDigits > 0)
        {
            long bits = (long)BigInteger.Abs(v).GetBitLength();

            // A value with b bits has at least floor((b - 1) * log10(2)) + 1 decimal digits.
            if (bits > 0 && (long)((bits - 1) * 0.30102999566398114) + 1 > maxStrDigits)
            {
                throw TooManyDigits(maxStrDigits);
            }
        }

        string s = v.ToString(CultureInfo.InvariantCulture);
        if (maxStrDigits > 0 && s.Length - (v.Sign < 0 ? 1 : 0) > maxStrDigits)
        {
            throw TooManyDigits(maxStrDigits);
        }

        return s;
    }

    private static NumericError TooManyDigits(int maxStrDigits) =>
        new("ValueError", $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>Python <c>hex(v)</c>: <c>0x1f</c>, <c>-0xff</c>, <c>0x0</c>.</summary>
    public static string ToHex(BigInteger v) => ToPowerOfTwoString(v, 4, "0x");

    /// <summary>Python <c>oct(v)</c>: <c>0o10</c>.</summary>
    public static string ToOctal(BigInteger v) => ToPowerOfTwoString(v, 3, "0o");

    /// <summary>Python <c>bin(v)</c>: <c>-0b101</c>.</summary>
    public static string ToBinary(BigInteger v) => ToPowerOfTwoString(v, 1, "0b");

    /// <summary>Digits of |v| in base 2**<paramref name="bitsPerDigit"/> (lowercase), with sign and prefix.</summary>
    public static string ToPowerOfTwoString(BigInteger v, int bitsPerDigit, string prefix)
    {
        bool negative = v.Sign < 0;
        var mag = BigInteger.Abs(v);
        byte[] bytes = mag.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitLength = (long)mag.GetBitLength();
        int digitCount = Math.Max(1, (int)((bitLength + bitsPerDigit - 1) / bitsPerDigit));
        var sb = new StringBuilder(digitCount + prefix.Length + 1);
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(prefix);
        int mask = (1 << bitsPerDigit) - 1;
        for (int d = digitCount - 1; d >= 0; d--)
        {
            long bit = (long)d * bitsPerDigit;
            int value = 0;
            for (int b = 0; b < bitsPerDigit; b++)
            {
                long pos = bit + b;
                int byteIndex = (int)(pos >> 3);
                if (byteIndex < bytes.Length && ((bytes[byteIndex] >> (int)(pos & 7)) & 1) != 0)
                {
                    value |= 1 << b;
                }
            }

            sb.Append("0123456789abcdef"[value & mask]);
        }

        return sb.ToString();
    }
}
