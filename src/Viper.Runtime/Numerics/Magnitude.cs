using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Viper.Runtime.Numerics;

/// <summary>
/// Unsigned integers as little-endian 64-bit limbs with no zero limb at the top (zero has none):
/// the magnitudes of big ints, which add, subtract and compare here. Results are arrays of exactly
/// the right length, so a big int is one allocation of its limbs.
/// </summary>
public static partial class Magnitude
{
    /// <summary>-1, 0 or 1 as <paramref name="x"/> is less than, equal to or greater than <paramref name="y"/>.</summary>
    public static int Compare(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        if (x.Length != y.Length)
        {
            return x.Length < y.Length ? -1 : 1;
        }

        var top = HighestDifference(x, y);
        return top < 0 ? 0 : x[top] < y[top] ? -1 : 1;
    }

    public static ulong[] Add(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        if (x.Length < y.Length)
        {
            return Add(y, x);
        }

        var result = new ulong[x.Length + (CarriesOut(x, y) ? 1 : 0)];
        var carry = CarryChain.Run<AddStep>(x, y, result);
        if (carry != 0)
        {
            result[^1] = carry;
        }

        return result;
    }

    /// <summary><c>x - y</c> for <paramref name="x"/> greater than <paramref name="y"/>.</summary>
    public static ulong[] Subtract(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        // Limbs above the highest one where x and y differ cancel.
        var length = x.Length == y.Length ? HighestDifference(x, y) + 1 : x.Length;
        var result = new ulong[length];
        CarryChain.Run<SubtractStep>(x[..length], y[..Math.Min(y.Length, length)], result);
        return result[^1] != 0 ? result : Trimmed(result);
    }

    public static ulong[] FromBigInteger(BigInteger value)
    {
        var absolute = BigInteger.Abs(value);
        var limbs = new ulong[(absolute.GetByteCount(isUnsigned: true) + 7) / 8];
        absolute.TryWriteBytes(MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true);
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(limbs, limbs);
        }

        return limbs.Length > 0 && limbs[^1] == 0 ? Trimmed(limbs) : limbs;
    }

    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> magnitude, bool negative)
    {
        if (!BitConverter.IsLittleEndian)
        {
            var swapped = new ulong[magnitude.Length];
            BinaryPrimitives.ReverseEndianness(magnitude, swapped);
            magnitude = swapped;
        }

        var value = new BigInteger(MemoryMarshal.AsBytes(magnitude), isUnsigned: true);
        return negative ? -value : value;
    }

    /// <summary>
    /// True when <c>x + y</c> (<paramref name="x"/> the longer) needs a limb more than <paramref name="x"/>:
    /// decided from the top down by the first limb whose sum overflows on its own or cannot overflow
    /// even with a carry from below; usually the top limb.
    /// </summary>
    private static bool CarriesOut(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var sum = x[i] + (i < y.Length ? y[i] : 0);
            if (sum < x[i])
            {
                return true;
            }

            if (sum != ulong.MaxValue)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The index of the highest limb where equally long <paramref name="x"/> and <paramref name="y"/> differ, or -1.</summary>
    private static int HighestDifference(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        var i = x.Length - 1;
        while (i >= 0 && x[i] == y[i])
        {
            i--;
        }

        return i;
    }

    private static ulong[] Trimmed(ulong[] limbs)
    {
        var length = limbs.AsSpan().LastIndexOfAnyExcept(0UL) + 1;
        return limbs.AsSpan(0, length).ToArray();
    }
}
