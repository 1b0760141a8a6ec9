using System.Numerics;

namespace Viper.Runtime.Numerics;

/// <summary>
/// Python <c>int</c> arithmetic with CPython semantics, on <see cref="long"/> (fast paths that report
/// overflow) and <see cref="BigInteger"/>. Division by zero is the caller's check.
/// </summary>
public static class IntMath
{
    private const int DblMantDig = 53;
    private const int DblMaxExp = 1024;
    private const int DblMinExp = -1021;

    /// <summary>Largest left-shift result (in bits) this implementation will build.</summary>
    private const long MaxShiftBits = int.MaxValue;

    /// <summary>CPython's message for <c>int / 0</c> (ZeroDivisionError).</summary>
    public const string TrueDivideByZeroMessage = "division by zero";

    /// <summary>CPython's message for <c>int // 0</c> and <c>divmod(int, 0)</c> (ZeroDivisionError).</summary>
    public const string FloorDivideByZeroMessage = "integer division or modulo by zero";

    /// <summary>CPython's message for <c>int % 0</c> (ZeroDivisionError).</summary>
    public const string ModuloByZeroMessage = "integer modulo by zero";

    /// <summary>
    /// Python <c>a ** b</c> for ints with <paramref name="b"/> &lt; 0: CPython converts both operands to
    /// float (OverflowError "int too large to convert to float") and uses float pow
    /// (so <c>0 ** -1</c> raises ZeroDivisionError "0.0 cannot be raised to a negative power").
    /// </summary>
    public static double PowNegativeExponent(BigInteger a, BigInteger b) => FloatMath.Pow(ToDouble(a), ToDouble(b));

    /// <summary>True when <paramref name="v"/> fits in a <see cref="long"/> (the VM's small-int representation).</summary>
    public static bool FitsInLong(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    /// <summary>Returns <paramref name="v"/> as a long when it fits (see <see cref="FitsInLong"/>).</summary>
    public static bool Normalize(BigInteger v, out long small)
    {
        if (FitsInLong(v))
        {
            small = (long)v;
            return true;
        }

        small = 0;
        return false;
    }

    /// <summary>Python <c>a // b</c> (floor). False only for <c>long.MinValue // -1</c>. <paramref name="b"/> != 0.</summary>
    public static bool TryFloorDiv(long a, long b, out long result)
    {
        if (b == -1)
        {
            if (a == long.MinValue)
            {
                result = 0;
                return false;
            }

            result = -a;
            return true;
        }

        long q = a / b;
        if ((a % b != 0) && ((a ^ b) < 0))
        {
            q--;
        }

        result = q;
        return true;
    }

    /// <summary>Python <c>a % b</c>: result has the sign of <paramref name="b"/>. Never overflows. <paramref name="b"/> != 0.</summary>
    public static long Mod(long a, long b)
    {
        if (b == -1)
        {
            return 0;
        }

        long r = a % b;
        if (r != 0 && ((r ^ b) < 0))
        {
            r += b;
        }

        return r;
    }

    /// <summary>Python <c>a // b</c> on big integers. <paramref name="b"/> != 0.</summary>
    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign != b.Sign))
        {
            q -= BigInteger.One;
        }

        return q;
    }

    /// <summary>Python <c>a % b</c> on big integers. <paramref name="b"/> != 0.</summary>
    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign != b.Sign))
        {
            r += b;
        }

        return r;
    }

    /// <summary>Python <c>divmod(a, b)</c> on big integers. <paramref name="b"/> != 0.</summary>
    public static (BigInteger Quotient, BigInteger Remainder) DivMod(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign != b.Sign))
        {
            q -= BigInteger.One;
            r += b;
        }

        return (q, r);
    }

    /// <summary><c>b ** e</c> for <paramref name="e"/> &gt;= 0; false on overflow of <see cref="long"/>.</summary>
    public static bool TryPow(long b, long e, out long result)
    {
        result = 0;
        if (e < 0)
        {
            return false;
        }

        switch (b)
        {
            case 0:
                result = e == 0 ? 1 : 0;
                return true;
            case 1:
                result = 1;
                return true;
            case -1:
                result = (e & 1) == 0 ? 1 : -1;
                return true;
        }

        if (e >= 64)
        {
            return false; // |b| >= 2 overflows
        }

        long acc = 1;
        long x = b;
        long n = e;
        try
        {
            while (true)
            {
                if ((n & 1) != 0)
                {
                    acc = checked(acc * x);
                }

                n >>= 1;
                if (n == 0)
                {
                    break;
                }

                x = checked(x * x);
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        result = acc;
        return true;
    }

    /// <summary><c>b ** e</c> for <paramref name="e"/> &gt;= 0 (exponentiation by squaring).</summary>
    public static BigInteger Pow(BigInteger b, BigInteger e)
    {
        if (e.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(e), "negative exponent");
        }

        if (b.IsZero)
        {
            return e.IsZero ? BigInteger.One : BigInteger.Zero;
        }

        if (b.IsOne)
        {
            return BigInteger.One;
        }

        if (b == BigInteger.MinusOne)
        {
            return e.IsEven ? BigInteger.One : BigInteger.MinusOne;
        }

        if (e > int.MaxValue)
        {
            throw new NumericError("MemoryError", "");
        }

        return BigInteger.Pow(b, (int)e);
    }

    /// <summary>
    /// <c>a &lt;&lt; n</c> for <paramref name="n"/> &gt;= 0; false when the result does not fit in a long
    /// (or <paramref name="n"/> is negative — the caller raises "negative shift count").
    /// </summary>
    public static bool TryLeftShift(long a, long n, out long result)
    {
        result = 0;
        if (n < 0)
        {
            return false;
        }

        if (a == 0)
        {
            return true;
        }

        if (n >= 63)
        {
            if (n == 63 && a == -1)
            {
                result = long.MinValue;
                return true;
            }

            return false;
        }

        long shifted = a << (int)n;
        if ((shifted >> (int)n) != a)
        {
            return false;
        }

        result = shifted;
        return true;
    }

    /// <summary>
    /// Python <c>a &gt;&gt; n</c> (floors for negatives; counts of 64 and more give 0 or -1).
    /// <paramref name="n"/> must be &gt;= 0 (the caller raises "negative shift count").
    /// </summary>
    public static long RightShift(long a, long n)
    {
        if (n < 0)
        {
            throw new NumericError("ValueError", "negative shift count");
        }

        return n >= 63 ? (a < 0 ? -1 : 0) : a >> (int)n;
    }

    /// <summary>Python <c>a &lt;&lt; n</c> on big integers.</summary>
    public static BigInteger LeftShift(BigInteger a, BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw new NumericError("ValueError", "negative shift count");
        }

        if (a.IsZero)
        {
            return BigInteger.Zero;
        }

        // Mirror CPython's long_lshift: the result needs size(a) + n/30 (+1) 30-bit digits; above
        // MAX_LONG_DIGITS it raises OverflowError, otherwise the allocation itself fails (MemoryError)
        // long before anything this large could be built.
        if (n <= MaxShiftBits && (long)a.GetBitLength() + (long)n <= MaxShiftBits)
        {
            return a << (int)n;
        }

        const long MaxLongDigits = (long.MaxValue - 24) / 4;
        const long Clip = long.MaxValue / 4;
        var wordShiftBig = BigInteger.DivRem(n, 30, out var remShift);
        long wordShift = wordShiftBig >= Clip ? Clip : (long)wordShiftBig;
        long oldSize = ((long)BigInteger.Abs(a).GetBitLength() + 29) / 30;
        BigInteger newSize = (BigInteger)oldSize + wordShift + (remShift.IsZero ? 0 : 1);
        if (newSize > MaxLongDigits)
        {
            throw new NumericError("OverflowError", "too many digits in integer");
        }

        throw new NumericError("MemoryError", "");
    }

    /// <summary>Python <c>a &gt;&gt; n</c> on big integers (floors).</summary>
    public static BigInteger RightShift(BigInteger a, BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw new NumericError("ValueError", "negative shift count");
        }

        if (n >= a.GetBitLength())
        {
            return a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        }

        return a >> (int)n; // BigInteger's >> is arithmetic (floors) for negatives
    }

    /// <summary>
    /// Python <c>float(v)</c>: correctly rounded (round-half-even).
    /// Throws OverflowError "int too large to convert to float".
    /// </summary>
    public static double ToDouble(BigInteger v)
    {
        if (TryToDouble(v, out double d))
        {
            return d;
        }

        throw new NumericError("OverflowError", "int too large to convert to float");
    }

    /// <summary>Python <c>float(v)</c> for a long (always exact rounding, never overflows).</summary>
    public static double ToDouble(long v) => v;

    /// <summary>Correctly rounded conversion; false when the rounded magnitude is 2**1024 or more.</summary>
    public static bool TryToDouble(BigInteger v, out double result)
    {
        if (FitsInLong(v))
        {
            result = (long)v; // long -> double conversion is correctly rounded
            return true;
        }

        bool negative = v.Sign < 0;
        var mag = BigInteger.Abs(v);
        long bits = (long)mag.GetBitLength();
        if (bits > DblMaxExp)
        {
            result = 0;
            return false;
        }

        // Keep the top 55 bits (53 + guard + round) and fold the rest into a sticky bit.
        int shift = (int)bits - (DblMantDig + 2);
        ulong top = (ulong)(mag >> shift);
        bool sticky = !(mag & ((BigInteger.One << shift) - 1)).IsZero;
        double m = RoundToDouble(top, sticky, 2, out int carryBits);
        int exp = shift + 2 + carryBits;
        if (exp + DblMantDig > DblMaxExp)
        {
            result = 0;
            return false;
        }

        result = Math.ScaleB(m, exp);
        if (negative)
        {
            result = -result;
        }

        return true;
    }

    /// <summary>
    /// Rounds <paramref name="x"/> (with a sticky bit for anything below it) half-to-even by dropping
    /// <paramref name="extraBits"/> low bits. Returns the 53-bit-or-less mantissa as a double and how many
    /// more bits than the plain shift it represents (1 when rounding carried into a new bit, else 0).
    /// </summary>
    private static double RoundToDouble(ulong x, bool sticky, int extraBits, out int carryBits)
    {
        ulong half = 1UL << (extraBits - 1);
        ulong low = x & ((1UL << extraBits) - 1);
        ulong q = x >> extraBits;
        if (low > half || (low == half && (sticky || (q & 1) != 0)))
        {
            q++;
        }

        carryBits = 0;
        if (q >> DblMantDig != 0)
        {
            q >>= 1;
            carryBits = 1;
        }

        return q;
    }

    /// <summary>
    /// Python <c>a / b</c> for ints, correctly rounded like CPython's <c>long_true_divide</c>.
    /// <paramref name="b"/> != 0 (the caller raises "division by zero").
    /// Throws OverflowError "integer division result too large for a float".
    /// </summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        var aa = BigInteger.Abs(a);
        var bb = BigInteger.Abs(b);
        if (aa.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }

        long aBits = (long)aa.GetBitLength();
        long bBits = (long)bb.GetBitLength();

        // Fast path: both operands exactly representable, so one IEEE division rounds correctly.
        if (aBits <= DblMantDig && bBits <= DblMantDig)
        {
            double r = (double)(long)aa / (long)bb;
            return negative ? -r : r;
        }

        long diff = aBits - bBits;
        if (diff > DblMaxExp)
        {
            throw new NumericError("OverflowError", "integer division result too large for a float");
        }

        if (diff < DblMinExp - DblMantDig - 1)
        {
            return negative ? -0.0 : 0.0;
        }

        // Extract DBL_MANT_DIG + 2 (or + 3) significant quotient bits, or fewer in the subnormal range.
        long shift = Math.Max(diff, DblMinExp) - DblMantDig - 2;
        BigInteger x;
        BigInteger rem;
        if (shift >= 0)
        {
            x = BigInteger.DivRem(aa, bb << (int)shift, out rem);
        }
        else
        {
            x = BigInteger.DivRem(aa << (int)-shift, bb, out rem);
        }

        bool inexact = !rem.IsZero;
        ulong xv = (ulong)x;
        long xBits = (long)x.GetBitLength();
        int extraBits = (int)(Math.Max(xBits, DblMinExp - shift) - DblMantDig);

        // Round exactly as CPython does, by modifying the low bits of x.
        ulong mask = 1UL << (extraBits - 1);
        ulong low = xv | (inexact ? 1UL : 0UL);
        if ((low & mask) != 0 && (low & ((3 * mask) - 1)) != 0)
        {
            low += mask;
        }

        xv = low & ~((2 * mask) - 1);
        double dx = xv; // exact: at most 54 significant bits with the trailing ones cleared

        if (shift + xBits >= DblMaxExp
            && (shift + xBits > DblMaxExp || dx == Math.ScaleB(1.0, (int)xBits)))
        {
            throw new NumericError("OverflowError", "integer division result too large for a float");
        }

        double result = Math.ScaleB(dx, (int)shift);
        return negative ? -result : result;
    }

    /// <summary>
    /// Python <c>int(f)</c>: exact truncation toward zero. Throws OverflowError
    /// "cannot convert float infinity to integer" and ValueError "cannot convert float NaN to integer".
    /// </summary>
    public static BigInteger FromDouble(double f)
    {
        if (double.IsNaN(f))
        {
            throw new NumericError("ValueError", "cannot convert float NaN to integer");
        }

        if (double.IsInfinity(f))
        {
            throw new NumericError("OverflowError", "cannot convert float infinity to integer");
        }

        double t = Math.Truncate(f);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
        {
            return (long)t;
        }

        long bits = BitConverter.DoubleToInt64Bits(t);
        int exponent = (int)((bits >> 52) & 0x7FF) - 1075;
        long mantissa = (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        var r = (BigInteger)mantissa << exponent; // |t| >= 2**63 so exponent > 0
        return t < 0 ? -r : r;
    }

    /// <summary>Python <c>int(f)</c> when the result fits in a long; false otherwise (including inf/nan).</summary>
    public static bool TryFromDouble(double f, out long result)
    {
        double t = Math.Truncate(f);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
        {
            result = (long)t;
            return true;
        }

        result = 0;
        return false;
    }
}
