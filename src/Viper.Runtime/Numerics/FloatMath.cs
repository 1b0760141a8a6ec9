using System.Numerics;

namespace Viper.Runtime.Numerics;

/// <summary>Python <c>float</c> arithmetic with CPython's exact semantics (Objects/floatobject.c).</summary>
public static class FloatMath
{
    /// <summary>The message CPython gives for a float result that overflows (errno ERANGE).</summary>
    public const string RangeErrorMessage = "(34, 'Numerical result out of range')";

    public const string TrueDivideByZeroMessage = "float division by zero";

    public const string FloorDivideByZeroMessage = "float floor division by zero";

    public const string ModuloByZeroMessage = "float modulo";

    private static long _nanSerial;

    /// <summary>
    /// A quiet NaN whose payload no other call returns. Floats live inline in a
    /// <see cref="Values.Value"/>, where identity is equality of bits, yet in CPython two
    /// <c>float('nan')</c> calls make distinct objects: <c>float('nan') in [float('nan')]</c> is False
    /// (containment tests identity, then ==) while <c>x in [x]</c> is True. A fresh payload per call
    /// gives both. NaNs made by arithmetic (<c>inf - inf</c>) share the default payload, so those
    /// remain "identical" to each other here, unlike CPython.
    /// </summary>
    public static double DistinctNaN()
    {
        // Shifted past the 4 bits that Hashing drops from a NaN's bits.
        var payload = (Interlocked.Increment(ref _nanSerial) << 4) & 0x7_FFFF_FFFF_FFFF;
        return BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000 | payload);
    }

    /// <summary>Python <c>a // b</c> (CPython float_floor_div). ZeroDivisionError "float floor division by zero".</summary>
    public static double FloorDiv(double a, double b)
    {
        if (b == 0)
        {
            throw new NumericError("ZeroDivisionError", FloorDivideByZeroMessage);
        }

        return DivModCore(a, b).FloorDiv;
    }

    /// <summary>Python <c>a % b</c> (CPython float_rem): result takes the sign of <paramref name="b"/>. ZeroDivisionError "float modulo".</summary>
    public static double Mod(double a, double b)
    {
        if (b == 0)
        {
            throw new NumericError("ZeroDivisionError", ModuloByZeroMessage);
        }

        double mod = a % b; // C# % on doubles is C fmod
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }

        return mod;
    }

    /// <summary>Python <c>divmod(a, b)</c> (CPython float_divmod). ZeroDivisionError "float divmod()".</summary>
    public static (double FloorDiv, double Mod) DivMod(double a, double b)
    {
        if (b == 0)
        {
            throw new NumericError("ZeroDivisionError", "float divmod()");
        }

        return DivModCore(a, b);
    }

    /// <summary>Python <c>a / b</c>. ZeroDivisionError "float division by zero".</summary>
    public static double TrueDivide(double a, double b)
    {
        if (b == 0)
        {
            throw new NumericError("ZeroDivisionError", TrueDivideByZeroMessage);
        }

        return a / b;
    }

    private static (double FloorDiv, double Mod) DivModCore(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }

        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }

        return (floordiv, mod);
    }

    /// <summary>True when <paramref name="x"/> is a finite odd integer (CPython's DOUBLE_IS_ODD_INTEGER).</summary>
    private static bool IsOddInteger(double x) => Math.Abs(x) % 2.0 == 1.0;

    /// <summary>
    /// Python <c>a ** b</c> for floats (CPython float_pow, C99 Annex F special cases).
    /// Throws ZeroDivisionError "0.0 cannot be raised to a negative power" and OverflowError
    /// <see cref="RangeErrorMessage"/>. A negative finite base with a non-integral exponent has a
    /// complex result in Python; until complex exists this throws
    /// <c>NumericError("NotImplementedError", "complex results are not supported yet")</c>
    /// (test <see cref="IsComplexResult"/> first to route it to complex arithmetic).
    /// </summary>
    public static double Pow(double iv, double iw)
    {
        if (iw == 0)
        {
            return 1.0;
        }

        if (double.IsNaN(iv))
        {
            return iv;
        }

        if (double.IsNaN(iw))
        {
            return iv == 1.0 ? 1.0 : iw;
        }

        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0)
            {
                return 1.0;
            }

            return (iw > 0.0) == (iv > 1.0) ? Math.Abs(iw) : 0.0;
        }

        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0.0)
            {
                return odd ? iv : Math.Abs(iv);
            }

            return odd ? Math.CopySign(0.0, iv) : 0.0;
        }

        if (iv == 0.0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0.0)
            {
                throw new NumericError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            }

            return odd ? iv : 0.0;
        }

        bool negateResult = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw))
            {
                throw new NumericError("NotImplementedError", "complex results are not supported yet");
            }

            iv = -iv;
            negateResult = IsOddInteger(iw);
        }

        if (iv == 1.0)
        {
            return negateResult ? -1.0 : 1.0;
        }

        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix))
        {
            throw new NumericError("OverflowError", RangeErrorMessage);
        }

        return negateResult ? -ix : ix;
    }

    /// <summary>
    /// True when Python's <c>a ** b</c> for floats produces a complex number (finite negative base,
    /// finite non-integral exponent); <see cref="Pow"/> cannot represent that result.
    /// </summary>
    public static bool IsComplexResult(double a, double b) =>
        a < 0 && double.IsFinite(a) && double.IsFinite(b) && b != Math.Floor(b);

    /// <summary>
    /// Exact comparison of an int with a float like CPython's float_richcompare: -1, 0 or 1 for
    /// <c>i &lt; f</c>, <c>i == f</c>, <c>i &gt; f</c>; null when <paramref name="f"/> is NaN (all ordered
    /// comparisons false, <c>!=</c> true). Exact even beyond 2**53.
    /// </summary>
    public static int? CompareIntFloat(long i, double f)
    {
        if (double.IsNaN(f))
        {
            return null;
        }

        // |i| <= 2**53 converts exactly.
        if (i is >= -(1L << 53) and <= 1L << 53)
        {
            double di = i;
            return di < f ? -1 : di > f ? 1 : 0;
        }

        if (f >= 9.2233720368547758e18)
        {
            return -1;
        }

        if (f < -9.2233720368547758e18)
        {
            return 1;
        }

        double t = Math.Truncate(f);
        long ti = (long)t;
        if (i != ti)
        {
            return i < ti ? -1 : 1;
        }

        double frac = f - t;
        return frac > 0 ? -1 : frac < 0 ? 1 : 0;
    }

    /// <summary>Big-integer overload of <see cref="CompareIntFloat(long, double)"/>.</summary>
    public static int? CompareIntFloat(BigInteger i, double f)
    {
        if (double.IsNaN(f))
        {
            return null;
        }

        if (IntMath.FitsInLong(i))
        {
            return CompareIntFloat((long)i, f);
        }

        if (double.IsInfinity(f))
        {
            return f > 0 ? -1 : 1;
        }

        double t = Math.Truncate(f);
        int c = i.CompareTo(IntMath.FromDouble(t));
        if (c != 0)
        {
            return c < 0 ? -1 : 1;
        }

        double frac = f - t;
        return frac > 0 ? -1 : frac < 0 ? 1 : 0;
    }
}
