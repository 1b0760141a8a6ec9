using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Viper.Runtime.Numerics;

/// <summary>
/// Limb-by-limb addition or subtraction of little-endian 64-bit limbs, the carry (or borrow) resolved
/// four limbs at a time (eight where 512-bit vectors are fast). Passed from limb to limb, a carry is a
/// chain of dependent instructions (about four cycles a limb, slower than CPython's 30-bit digits);
/// here each vector step sums four limbs independently, notes which of them generate a carry and
/// which would pass one on, and a single 4-bit integer addition over those two masks says where
/// carries land (carry-lookahead), so the only dependency between steps is that small addition.
/// </summary>
internal static class CarryChain
{
    /// <summary>
    /// Writes <c>x ± y</c> into <paramref name="result"/> and returns the carry (or borrow) out of its
    /// top limb. <paramref name="x"/> is at least as long as <paramref name="y"/>, and
    /// <paramref name="result"/> as long as <paramref name="x"/>; limbs of <paramref name="x"/> past the
    /// end of <paramref name="y"/> meet zeros.
    /// </summary>
    public static ulong Run<TStep>(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, Span<ulong> result)
        where TStep : struct, ICarryStep
    {
        ulong carry = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var xs = ref MemoryMarshal.GetReference(x);
            ref var ys = ref MemoryMarshal.GetReference(y);
            ref var rs = ref MemoryMarshal.GetReference(result);
            ref var lanes = ref MemoryMarshal.GetReference(CarryLanes);
            uint blockCarry = 0;
            if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
            {
                // Eight limbs a step, the same lookahead on 8-bit masks. A table of every mask would
                // be 16 KB, so the carries are expanded by shifting the mask right by each lane's index.
                var laneIndices = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
                for (; i <= y.Length - 8; i += 8)
                {
                    var a = Vector512.LoadUnsafe(ref xs, (nuint)i);
                    var b = Vector512.LoadUnsafe(ref ys, (nuint)i);
                    var partial = TStep.Combine(a, b);
                    var generate = (uint)TStep.Generates(a, b, partial).ExtractMostSignificantBits();
                    var propagate = (uint)TStep.Propagates(partial).ExtractMostSignificantBits();
                    var total = (generate | propagate) + generate + blockCarry;
                    var carries = (total ^ propagate) & 0xFF;
                    blockCarry = total >> 8;
                    var carryLanes = Avx512F.ShiftRightLogicalVariable(Vector512.Create((ulong)carries), laneIndices) & Vector512<ulong>.One;
                    TStep.Apply(partial, carryLanes).StoreUnsafe(ref rs, (nuint)i);
                }
            }

            for (; i <= y.Length - 4; i += 4)
            {
                var a = Vector256.LoadUnsafe(ref xs, (nuint)i);
                var b = Vector256.LoadUnsafe(ref ys, (nuint)i);
                var partial = TStep.Combine(a, b);
                var generate = TStep.Generates(a, b, partial).ExtractMostSignificantBits();
                var propagate = TStep.Propagates(partial).ExtractMostSignificantBits();

                // Generating and propagating limbs are disjoint, so (g | p) + g has g as its carries and
                // p as its sums: each bit of the total XOR p is the carry into that limb.
                var total = (generate | propagate) + generate + blockCarry;
                var carries = (total ^ propagate) & 0b1111;
                blockCarry = total >> 4;
                TStep.Apply(partial, Vector256.LoadUnsafe(ref lanes, carries * 4)).StoreUnsafe(ref rs, (nuint)i);
            }

            carry = blockCarry;
        }

        for (; i < y.Length; i++)
        {
            result[i] = TStep.Scalar(x[i], y[i], ref carry);
        }

        for (; carry != 0 && i < x.Length; i++)
        {
            result[i] = TStep.Scalar(x[i], 0, ref carry);
        }

        x[i..].CopyTo(result[i..]);
        return carry;
    }

    /// <summary>Row <c>m</c> holds bit <c>k</c> of <c>m</c> in lane <c>k</c>: the carries a 4-bit mask stands for.</summary>
    private static ReadOnlySpan<ulong> CarryLanes =>
    [
        0, 0, 0, 0,
        1, 0, 0, 0,
        0, 1, 0, 0,
        1, 1, 0, 0,
        0, 0, 1, 0,
        1, 0, 1, 0,
        0, 1, 1, 0,
        1, 1, 1, 0,
        0, 0, 0, 1,
        1, 0, 0, 1,
        0, 1, 0, 1,
        1, 1, 0, 1,
        0, 0, 1, 1,
        1, 0, 1, 1,
        0, 1, 1, 1,
        1, 1, 1, 1,
    ];
}

/// <summary>The operation <see cref="CarryChain"/> runs: addition or subtraction, one limb or four at a time.</summary>
internal interface ICarryStep
{
    /// <summary>The four limbs combined, before carries from below.</summary>
    static abstract Vector256<ulong> Combine(Vector256<ulong> x, Vector256<ulong> y);

    /// <summary>Lanes that carry out on their own.</summary>
    static abstract Vector256<ulong> Generates(Vector256<ulong> x, Vector256<ulong> y, Vector256<ulong> partial);

    /// <summary>Lanes that carry out exactly when a carry comes in.</summary>
    static abstract Vector256<ulong> Propagates(Vector256<ulong> partial);

    /// <summary>The partial results with the incoming carries (0 or 1 a lane) applied.</summary>
    static abstract Vector256<ulong> Apply(Vector256<ulong> partial, Vector256<ulong> carries);

    /// <summary>Eight limbs combined, before carries from below.</summary>
    static abstract Vector512<ulong> Combine(Vector512<ulong> x, Vector512<ulong> y);

    /// <summary>Of eight lanes, those that carry out on their own.</summary>
    static abstract Vector512<ulong> Generates(Vector512<ulong> x, Vector512<ulong> y, Vector512<ulong> partial);

    /// <summary>Of eight lanes, those that carry out exactly when a carry comes in.</summary>
    static abstract Vector512<ulong> Propagates(Vector512<ulong> partial);

    /// <summary>Eight partial results with the incoming carries applied.</summary>
    static abstract Vector512<ulong> Apply(Vector512<ulong> partial, Vector512<ulong> carries);

    /// <summary>One limb of the result; <paramref name="carry"/> (0 or 1) comes in and goes out.</summary>
    static abstract ulong Scalar(ulong x, ulong y, ref ulong carry);
}

/// <summary><c>x + y</c>.</summary>
internal readonly struct AddStep : ICarryStep
{
    public static Vector256<ulong> Combine(Vector256<ulong> x, Vector256<ulong> y) => x + y;

    public static Vector256<ulong> Generates(Vector256<ulong> x, Vector256<ulong> y, Vector256<ulong> partial) => Vector256.LessThan(partial, x);

    public static Vector256<ulong> Propagates(Vector256<ulong> partial) => Vector256.Equals(partial, Vector256<ulong>.AllBitsSet);

    public static Vector256<ulong> Apply(Vector256<ulong> partial, Vector256<ulong> carries) => partial + carries;

    public static Vector512<ulong> Combine(Vector512<ulong> x, Vector512<ulong> y) => x + y;

    public static Vector512<ulong> Generates(Vector512<ulong> x, Vector512<ulong> y, Vector512<ulong> partial) => Vector512.LessThan(partial, x);

    public static Vector512<ulong> Propagates(Vector512<ulong> partial) => Vector512.Equals(partial, Vector512<ulong>.AllBitsSet);

    public static Vector512<ulong> Apply(Vector512<ulong> partial, Vector512<ulong> carries) => partial + carries;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Scalar(ulong x, ulong y, ref ulong carry)
    {
        var sum = x + y + carry;
        carry = ((x & y) | ((x | y) & ~sum)) >> 63;
        return sum;
    }
}

/// <summary><c>x - y</c>; the carry is the borrow.</summary>
internal readonly struct SubtractStep : ICarryStep
{
    public static Vector256<ulong> Combine(Vector256<ulong> x, Vector256<ulong> y) => x - y;

    public static Vector256<ulong> Generates(Vector256<ulong> x, Vector256<ulong> y, Vector256<ulong> partial) => Vector256.LessThan(x, y);

    public static Vector256<ulong> Propagates(Vector256<ulong> partial) => Vector256.Equals(partial, Vector256<ulong>.Zero);

    public static Vector256<ulong> Apply(Vector256<ulong> partial, Vector256<ulong> carries) => partial - carries;

    public static Vector512<ulong> Combine(Vector512<ulong> x, Vector512<ulong> y) => x - y;

    public static Vector512<ulong> Generates(Vector512<ulong> x, Vector512<ulong> y, Vector512<ulong> partial) => Vector512.LessThan(x, y);

    public static Vector512<ulong> Propagates(Vector512<ulong> partial) => Vector512.Equals(partial, Vector512<ulong>.Zero);

    public static Vector512<ulong> Apply(Vector512<ulong> partial, Vector512<ulong> carries) => partial - carries;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Scalar(ulong x, ulong y, ref ulong borrow)
    {
        var difference = x - y - borrow;
        borrow = ((~x & y) | (~(x ^ y) & difference)) >> 63;
        return difference;
    }
}
