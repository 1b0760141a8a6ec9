using System.Globalization;
using System.Numerics;

namespace Viper.Runtime.Formatting;

/// <summary>
/// Correctly rounded decimal digits of a finite double, computed exactly from its binary value and
/// rounded half to even, as CPython's dtoa does: <c>0.125</c> to two places is <c>0.12</c>, and
/// <c>1e100</c> with 'f' shows every digit of the stored value. Scalings by up to 10**19 of values
/// of moderate size are done in 128-bit integers; the rest in big integers.
/// </summary>
public static class FloatDigits
{
    /// <summary>
    /// A double has at most this many significant decimal digits, and at most this many after the
    /// point; asked for more, the digits are exact and the rest are zeros.
    /// </summary>
    private const int MaxExactDigits = 1100;

    /// <summary>The largest power of ten for the 128-bit route: 2**53 × 10**19 stays below 2**117.</summary>
    private const int MaxFastPower = 19;

    /// <summary>
    /// The digits of |x| rounded to <paramref name="places"/> places after the point, as one integer
    /// (the point belongs <paramref name="places"/> digits from the right).
    /// </summary>
    public static string Fixed(double x, int places)
    {
        if (TryScaleFast(x, places, out var fastTruncated, out var fastRoundUp))
        {
            return (fastRoundUp ? fastTruncated + 1 : fastTruncated).ToString(CultureInfo.InvariantCulture);
        }

        var exactPlaces = Math.Min(places, MaxExactDigits);
        var digits = Rounded(x, exactPlaces).ToString(CultureInfo.InvariantCulture);
        return digits == "0" ? digits : digits + new string('0', places - exactPlaces);
    }

    /// <summary>
    /// |x| (nonzero) rounded to <paramref name="count"/> significant digits: the digits, and the
    /// position of the decimal point relative to them (the value is <c>0.DIGITS × 10**decimalPoint</c>).
    /// </summary>
    public static string Significant(double x, int count, out int decimalPoint)
    {
        if (count > MaxExactDigits)
        {
            return Significant(x, MaxExactDigits, out decimalPoint) + new string('0', count - MaxExactDigits);
        }

        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        if (!(count <= MaxFastPower && TryRoundToDigits<UInt128>(x, count, ref exponent, TryScaleFast, out var digits)))
        {
            TryRoundToDigits<BigInteger>(x, count, ref exponent, ScaleExactly, out digits);
        }

        decimalPoint = exponent + 1;
        return digits;
    }

    /// <summary>Scales |x| by 10**power: the integer part, and whether rounding half to even goes up.</summary>
    private delegate bool Scaler<T>(double x, int power, out T truncated, out bool roundUp);

    /// <summary>
    /// Finds the decimal exponent (starting from an estimate) at which |x| has exactly
    /// <paramref name="count"/> digits before the point, and rounds there; false when the scaler
    /// cannot represent a scaling it needs.
    /// </summary>
    private static bool TryRoundToDigits<T>(double x, int count, ref int exponent, Scaler<T> scale, out string digits)
        where T : IBinaryInteger<T>
    {
        var low = T.One;
        for (var i = 1; i < count; i++)
        {
            low *= T.CreateChecked(10);
        }

        var high = low * T.CreateChecked(10);
        while (scale(x, count - 1 - exponent, out var truncated, out var roundUp))
        {
            if (truncated >= high)
            {
                exponent++;
                continue;
            }

            if (truncated < low)
            {
                exponent--;
                continue;
            }

            var rounded = roundUp ? truncated + T.One : truncated;
            if (rounded == high)
            {
                rounded = low;
                exponent++;
            }

            digits = rounded.ToString(null, CultureInfo.InvariantCulture);
            return true;
        }

        digits = "";
        return false;
    }

    /// <summary>
    /// |x| × 10**power in 128-bit integers, when the power is small and the exact fraction fits:
    /// the integer part, and whether rounding half to even goes up.
    /// </summary>
    private static bool TryScaleFast(double x, int power, out UInt128 truncated, out bool roundUp)
    {
        truncated = 0;
        roundUp = false;
        if (Math.Abs(power) > MaxFastPower)
        {
            return false;
        }

        var (mantissa, binaryExponent) = Decompose(x);
        var numerator = (UInt128)(ulong)mantissa * UInt128Pow10(Math.Max(power, 0));
        var denominator = UInt128Pow10(Math.Max(-power, 0));
        if (binaryExponent >= 0)
        {
            if (binaryExponent >= (int)UInt128.LeadingZeroCount(numerator))
            {
                return false;
            }

            numerator <<= binaryExponent;
        }
        else
        {
            if (-binaryExponent >= (int)UInt128.LeadingZeroCount(denominator))
            {
                return false;
            }

            denominator <<= -binaryExponent;
        }

        truncated = numerator / denominator;
        var twiceRemainder = (numerator - (truncated * denominator)) << 1;
        roundUp = twiceRemainder > denominator || (twiceRemainder == denominator && (truncated & 1) == 1);
        return true;
    }

    private static (long Mantissa, int BinaryExponent) Decompose(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var biasedExponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        return biasedExponent == 0 ? (mantissa, -1074) : (mantissa | (1L << 52), biasedExponent - 1075);
    }

    private static BigInteger Rounded(double x, int power)
    {
        ScaleExactly(x, power, out var truncated, out var roundUp);
        return roundUp ? truncated + 1 : truncated;
    }

    /// <summary>|x| × 10**power in big integers: its integer part, and whether rounding half to even goes up.</summary>
    private static bool ScaleExactly(double x, int power, out BigInteger truncated, out bool roundUp)
    {
        var (mantissa, binaryExponent) = Decompose(x);
        var numerator = new BigInteger(mantissa);
        var denominator = BigInteger.One;
        if (binaryExponent >= 0)
        {
            numerator <<= binaryExponent;
        }
        else
        {
            denominator <<= -binaryExponent;
        }

        if (power >= 0)
        {
            numerator *= BigInteger.Pow(10, power);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -power);
        }

        truncated = BigInteger.DivRem(numerator, denominator, out var rest);
        var comparison = (rest << 1).CompareTo(denominator);
        roundUp = comparison > 0 || (comparison == 0 && !truncated.IsEven);
        return true;
    }

    private static UInt128 UInt128Pow10(int power)
    {
        UInt128 result = 1;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }
}
