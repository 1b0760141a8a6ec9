using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// <c>+</c>, <c>-</c> and ordering of ints on sign and magnitude limbs, when at least one is an exact
/// <see cref="PyBigInt"/> and the other an int: one allocation for the result's limbs. So are
/// <c>*</c>, <c>//</c>, <c>%</c>, <c>&gt;&gt;</c> and <c>&amp;</c> of a big int and an inline int
/// (see <see cref="TryWithLimb"/>). A big int held only as a <see cref="System.Numerics.BigInteger"/>
/// (a power, a product of two big ints) gets its limbs on first use here and keeps them, so a value
/// used again does not convert again. Everything else (bools, floats, instances of int subclasses,
/// whose operators may be overridden) is left to the general paths.
/// </summary>
public static partial class SignMagnitude
{
    /// <summary><c>a + b</c> (or <c>a - b</c>) when the operands are a limb pair (see the class).</summary>
    public static bool TryAdd(Value a, Value b, bool subtract, out Value result)
    {
        if (!IsLimbPair(a, b))
        {
            result = default;
            return false;
        }

        ulong smallA = 0;
        ulong smallB = 0;
        var x = Operand(a, ref smallA, out var xNegative);
        var y = Operand(b, ref smallB, out var yNegative);
        result = Add(xNegative, x, yNegative != subtract, y);
        return true;
    }

    /// <summary>The order of <paramref name="a"/> and <paramref name="b"/> (-1, 0, 1) when they are a limb pair (see the class).</summary>
    public static bool TryCompare(Value a, Value b, out int order)
    {
        if (!IsLimbPair(a, b))
        {
            order = 0;
            return false;
        }

        ulong smallA = 0;
        ulong smallB = 0;
        var x = Operand(a, ref smallA, out var xNegative);
        var y = Operand(b, ref smallB, out var yNegative);
        if (xNegative != yNegative)
        {
            order = xNegative ? -1 : 1;
        }
        else
        {
            var magnitudeOrder = Magnitude.Compare(x, y);
            order = xNegative ? -magnitudeOrder : magnitudeOrder;
        }

        return true;
    }

    private static bool IsLimbPair(Value a, Value b) =>
        (a.Ref is PyBigInt { IsExact: true } && (b.IsInt || b.Ref is PyBigInt { IsExact: true }))
        || (b.Ref is PyBigInt { IsExact: true } && a.IsInt);

    private static Value Add(bool xNegative, ReadOnlySpan<ulong> x, bool yNegative, ReadOnlySpan<ulong> y)
    {
        if (xNegative == yNegative)
        {
            return PyBigInt.Create(xNegative, Magnitude.Add(x, y));
        }

        return Magnitude.Compare(x, y) switch
        {
            > 0 => PyBigInt.Create(xNegative, Magnitude.Subtract(x, y)),
            < 0 => PyBigInt.Create(yNegative, Magnitude.Subtract(y, x)),
            _ => Value.FromInt(0),
        };
    }

    /// <summary>An int's sign and magnitude; an inline int's one limb lives in <paramref name="small"/>.</summary>
    private static ReadOnlySpan<ulong> Operand(Value value, ref ulong small, out bool negative)
    {
        if (value.Ref is PyBigInt big)
        {
            negative = big.IsNegative;
            return big.Magnitude;
        }

        var n = value.AsInt;
        negative = n < 0;
        small = negative ? 0 - (ulong)n : (ulong)n;
        return small == 0 ? default : new ReadOnlySpan<ulong>(ref small);
    }
}
