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
        // The top limb's bits plus the factor's bound the product's: at most 64 need no extra limb;
        // more may (exactly 65 depends on the carries below, and an unused top limb is trimmed).
        var topBits = 128 - BitOperations.LeadingZeroCount(x[^1]) - BitOperations.LeadingZeroCount(factor);
        var result = new ulong[x.Length + (topBits > 64 ? 1 : 0)];
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
        remainder = DivideByLimb(x, divisor, quotient);
        return quotient;
    }

    /// <summary><c>x % divisor</c> for a nonzero <paramref name="divisor"/>, without the quotient.</summary>
    public static ulong RemainderByLimb(ReadOnlySpan<ulong> x, ulong divisor) =>
        BitOperations.IsPow2(divisor) ? x[0] & (divisor - 1) : DivideByLimb(x, divisor, default);

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
    /// Long division by one limb, writing the quotient's limbs when <paramref name="quotient"/> is
    /// not empty (it is one limb short when the top limb is below the divisor). A power of two is a
    /// shift. Otherwise each step divides a two-limb remainder by the divisor, shifted so its top
    /// bit is set, with a multiplication by its precomputed reciprocal instead of a hardware
    /// division (Möller and Granlund, "Improved division by invariant integers", 2011): a chain of
    /// two dependent divisions per limb becomes a multiplication and a few corrections.
    /// </summary>
    private static ulong DivideByLimb(ReadOnlySpan<ulong> x, ulong divisor, Span<ulong> quotient)
    {
        if (BitOperations.IsPow2(divisor))
        {
            var shift = BitOperations.TrailingZeroCount(divisor);
            if (!quotient.IsEmpty)
            {
                ShiftRightInto(x, shift, quotient);
            }

            return x[0] & (divisor - 1);
        }

        var normalization = BitOperations.LeadingZeroCount(divisor);
        var normalized = divisor << normalization;
        var reciprocal = Reciprocal.Of(normalized);

        // The dividend shifted left by the normalization, a limb at a time from the top; what
        // spills out of the top limb starts the remainder, below the normalized divisor.
        var remainder = normalization == 0 ? 0 : x[^1] >> (64 - normalization);
        for (var i = x.Length - 1; i >= 0; i--)
        {
            var limb = x[i] << normalization;
            if (normalization != 0 && i > 0)
            {
                limb |= x[i - 1] >> (64 - normalization);
            }

            var limbQuotient = DivideTwoLimbs(remainder, limb, normalized, reciprocal, out remainder);
            if (i < quotient.Length)
            {
                quotient[i] = limbQuotient;
            }
        }

        return remainder >> normalization;
    }

    /// <summary>(high·2**64 + low) / divisor for a divisor with its top bit set and <paramref name="high"/> below it (Möller and Granlund's algorithm 4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DivideTwoLimbs(ulong high, ulong low, ulong divisor, ulong reciprocal, out ulong remainder)
    {
        var quotientHigh = Math.BigMul(reciprocal, high, out var quotientLow);
        quotientLow += low;
        quotientHigh += high + 1 + (quotientLow < low ? 1UL : 0);
        var candidate = low - (quotientHigh * divisor);
        if (candidate > quotientLow)
        {
            quotientHigh--;
            candidate += divisor;
        }

        if (candidate >= divisor)
        {
            quotientHigh++;
            candidate -= divisor;
        }

        remainder = candidate;
        return quotientHigh;
    }

    private static void ShiftRightInto(ReadOnlySpan<ulong> x, int shift, Span<ulong> result)
    {
        for (var i = 0; i < result.Length; i++)
        {
            var high = shift != 0 && i + 1 < x.Length ? x[i + 1] << (64 - shift) : 0;
            result[i] = (x[i] >> shift) | high;
        }
    }

    /// <summary>
    /// The reciprocal of a normalized divisor, floor((2**128 - 1) / d) - 2**64, for the last divisor
    /// seen: a loop dividing by the same number (<c>n //= 10</c>) computes it once. The pair is one
    /// immutable object, so threads racing on the cache never see one divisor's reciprocal with another's.
    /// </summary>
    private sealed class Reciprocal(ulong divisor, ulong value)
    {
        private static Reciprocal _last = new(1UL << 63, ulong.MaxValue);

        private ulong Divisor { get; } = divisor;

        private ulong Value { get; } = value;

        public static ulong Of(ulong divisor)
        {
            var cached = _last;
            if (cached.Divisor == divisor)
            {
                return cached.Value;
            }

            var computed = new Reciprocal(divisor, Compute(divisor));
            _last = computed;
            return computed.Value;
        }

        // UInt128 division: kept out of the common path (see PyBigInt.Sum on Int128 and ReadyToRun).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ulong Compute(ulong divisor) => (ulong)(UInt128.MaxValue / divisor);
    }
}
