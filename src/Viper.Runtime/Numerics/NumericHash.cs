using System.Numerics;

namespace Viper.Runtime.Numerics;

/// <summary>
/// CPython's numeric hash (Python/pyhash.c, 64-bit build): values are reduced modulo the Mersenne
/// prime P = 2**61 - 1 so that equal numbers hash equally across int, float and bool
/// (<c>hash(1) == hash(1.0) == hash(True)</c>, <c>hash(2**64) == hash(2.0**64)</c>). A hash of -1 becomes -2.
/// </summary>
public static class NumericHash
{
    /// <summary>Number of bits in the modulus exponent (<c>sys.hash_info.width</c> derivative).</summary>
    public const int Bits = 61;

    /// <summary>The modulus P = 2**61 - 1 (<c>sys.hash_info.modulus</c>).</summary>
    public const long Modulus = (1L << Bits) - 1;

    /// <summary>Hash of positive infinity (<c>sys.hash_info.inf</c>); -inf hashes to its negation.</summary>
    public const long Inf = 314159;

    /// <summary>Hash of a Python int (or bool) held in a long.</summary>
    public static long Hash(long v)
    {
        // Every int below P in magnitude is its own hash; the 64-bit remainder is for the rest.
        if (v > -Modulus && v < Modulus)
        {
            return v == -1 ? -2 : v;
        }

        if (v == long.MinValue)
        {
            // |v| = 2**63 = 4 * 2**61 ≡ 4 (mod P)
            return -4;
        }

        long x = Math.Abs(v) % Modulus;
        if (v < 0)
        {
            x = -x;
        }

        return x == -1 ? -2 : x;
    }

    /// <summary>Hash of a Python int held in a BigInteger.</summary>
    public static long Hash(BigInteger v)
    {
        if (IntMath.FitsInLong(v))
        {
            return Hash((long)v);
        }

        long x = (long)(BigInteger.Abs(v) % Modulus);
        if (v.Sign < 0)
        {
            x = -x;
        }

        return x == -1 ? -2 : x;
    }

    /// <summary>Hash of a Python int held as a sign and <see cref="Magnitude"/> limbs.</summary>
    public static long Hash(bool negative, ReadOnlySpan<ulong> magnitude)
    {
        // Horner's rule from the top limb, reducing with 2**61 ≡ 1 (mod P): a limb shifted in
        // multiplies the residue by 2**64 ≡ 8.
        const ulong P = Modulus;
        ulong residue = 0;
        for (var i = magnitude.Length - 1; i >= 0; i--)
        {
            var limb = magnitude[i];
            var sum = ((residue << 3) & P) + (residue >> (Bits - 3)) + (limb & P) + (limb >> Bits);
            residue = (sum & P) + (sum >> Bits);
            if (residue >= P)
            {
                residue -= P;
            }
        }

        var x = (long)residue;
        if (negative)
        {
            x = -x;
        }

        return x == -1 ? -2 : x;
    }

    /// <summary>
    /// Hash of a Python float (CPython _Py_HashDouble). For NaN this returns 0: CPython hashes a NaN
    /// by object identity, so the caller must substitute the object's identity hash.
    /// </summary>
    public static long Hash(double v)
    {
        if (!double.IsFinite(v))
        {
            return double.IsNaN(v) ? 0 : v > 0 ? Inf : -Inf;
        }

        // Fast path: integral values that fit in a long hash like the int.
        if (v == Math.Floor(v) && v >= -9.2233720368547758e18 && v < 9.2233720368547758e18)
        {
            return Hash((long)v);
        }

        double m = Frexp(v, out int e);
        int sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }

        const ulong Mod = (ulong)Modulus;
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Mod) | (x >> (Bits - 28));
            m *= 268435456.0; // 2**28
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Mod)
            {
                x -= Mod;
            }
        }

        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Mod) | (x >> (Bits - e));
        long result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    /// <summary>C <c>frexp</c>: v = m * 2**e with 0.5 &lt;= |m| &lt; 1 for finite nonzero v.</summary>
    private static double Frexp(double v, out int e)
    {
        if (v == 0)
        {
            e = 0;
            return v;
        }

        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: normalise first.
            v *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(v);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }

        e = exp - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
