using System.Numerics;
using System.Runtime.CompilerServices;

namespace Viper.Runtime.Numerics;

/// <summary>
/// A magnitude times, divided by or shifted by one machine word: <c>n * 10</c>, <c>n % 7</c>,
/// <c>n // 2</c>, <c>n &gt;&gt; 3</c>. These keep a big int on its limbs, so a loop that mixes them
/// with sums never converts to <see cref="System.Numerics.BigInteger"/> and back.
/// </summary>
public static partial class Magnitude
{
    /// <summary><c>x * factor</c> for a nonzero <paramref name="factor"/>; exactly sized like every result here.</summary>
    public static ulong[] MultiplyByLimb(ReadOnlySpan<ulong> x, ulong factor)
    {
        // The top limb's bits plus the factor's bound the product's: at most 64 more bits need no
        // extra limb, 66 or more always do, and only 65 depends on the carries below.
        var topBits = (128 - BitOperations.LeadingZeroCount(x[^1]) - BitOperations.LeadingZeroCount(factor)) switch
        {
            <= 64 => 0,
            >= 66 => 1,
            _ => -1,
        };
        var result = new ulong[x.Length + (topBits == 0 ? 0 : 1)];
        ulong carry = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var high = Math.BigMul(x[i], factor, out var low);
            low += carry;
            result[i] = low;
            carry = high + (low < carry ? 1UL : 0);
        }

        if (result.Length > x.Length)
        {
            result[^1] = carry;
            return carry == 0 ? Trimmed(result) : result;
        }

        return result;
    }

    /// <summary><c>x // divisor</c> (possibly empty, meaning zero) and <c>x % divisor</c> for a nonzero <paramref name="divisor"/>.</summary>
    public static ulong[] DivideByLimb(ReadOnlySpan<ulong> x, ulong divisor, out ulong remainder)
    {
        var quotient = new ulong[x[^1] < divisor ? x.Length - 1 : x.Length];
        remainder = divisor <= uint.MaxValue ? DivideByHalfLimb(x, (uint)divisor, quotient) : DivideByWideLimb(x, divisor, quotient);
        return quotient;
    }

    /// <summary><c>x % divisor</c> for a nonzero <paramref name="divisor"/>, without the quotient.</summary>
    public static ulong RemainderByLimb(ReadOnlySpan<ulong> x, ulong divisor) =>
        divisor <= uint.MaxValue ? DivideByHalfLimb(x, (uint)divisor, default) : DivideByWideLimb(x, divisor, default);

    /// <summary>
    /// <c>x &gt;&gt; shift</c> for <paramref name="shift"/> below <paramref name="x"/>'s bit length (so
    /// the result is not zero); <paramref name="lostBits"/> says whether any one bit shifted out was set.
    /// </summary>
    public static ulong[] ShiftRight(ReadOnlySpan<ulong> x, int shift, out bool lostBits)
    {
        var limbShift = shift / 64;
        var bitShift = shift % 64;
        lostBits = x[..limbShift].ContainsAnyExcept(0UL) || (bitShift != 0 && (x[limbShift] << (64 - bitShift)) != 0);
        var result = new ulong[x.Length - limbShift - ((x[^1] >> bitShift) == 0 ? 1 : 0)];
        for (var i = 0; i < result.Length; i++)
        {
            var source = i + limbShift;
            var low = x[source] >> bitShift;
            var high = bitShift != 0 && source + 1 < x.Length ? x[source + 1] << (64 - bitShift) : 0;
            result[i] = low | high;
        }

        return result;
    }

    /// <summary>The number of significant bits of a nonempty magnitude.</summary>
    public static long BitLength(ReadOnlySpan<ulong> x) => (64L * x.Length) - BitOperations.LeadingZeroCount(x[^1]);

    /// <summary>
    /// Long division by a divisor below 2**32 in 32-bit steps, each a hardware 64-by-64-bit division
    /// whose dividend (remainder, next half limb) cannot overflow. Writes the quotient's limbs when
    /// <paramref name="quotient"/> is not empty (it is one limb short when the top limb is below the divisor).
    /// </summary>
    private static ulong DivideByHalfLimb(ReadOnlySpan<ulong> x, uint divisor, Span<ulong> quotient)
    {
        ulong remainder = 0;
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var high = (remainder << 32) | (x[i] >> 32);
            var highQuotient = high / divisor;
            remainder = high - (highQuotient * divisor);
            var low = (remainder << 32) | (uint)x[i];
            var lowQuotient = low / divisor;
            remainder = low - (lowQuotient * divisor);
            if (i < quotient.Length)
            {
                quotient[i] = (highQuotient << 32) | lowQuotient;
            }
        }

        return remainder;
    }

    // UInt128 division: kept out of the common path (see PyBigInt.Sum on Int128 and ReadyToRun).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong DivideByWideLimb(ReadOnlySpan<ulong> x, ulong divisor, Span<ulong> quotient)
    {
        ulong remainder = 0;
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var dividend = ((UInt128)remainder << 64) | x[i];
            var limbQuotient = (ulong)(dividend / divisor);
            remainder = (ulong)(dividend - ((UInt128)limbQuotient * divisor));
            if (i < quotient.Length)
            {
                quotient[i] = limbQuotient;
            }
        }

        return remainder;
    }
}
