using Viper.Frontend.Ast;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// A big int on limbs with an inline int: <c>n * 10</c>, <c>3 * n</c>, <c>n // 10</c>, <c>n % 7</c>,
/// <c>n &gt;&gt; 1</c>, <c>n &amp; 0xFF</c>. Products and quotients stay on limbs, so loops such as
/// <c>acc = acc * 3 + i</c> or a digit loop never build a <see cref="System.Numerics.BigInteger"/>.
/// </summary>
public static partial class SignMagnitude
{
    /// <summary>
    /// <c>a op b</c> when one operand is an exact big int holding its limbs and the other an inline
    /// int, for the operators above; false for anything else, including a zero divisor and a negative
    /// shift count or mask, whose errors and two's-complement rules the general path has.
    /// </summary>
    public static bool TryWithLimb(BinaryOperator op, Value a, Value b, out Value result)
    {
        if (b.IsInt && a.Ref is PyBigInt { IsExact: true } big)
        {
            var small = b.AsInt;
            switch (op)
            {
                case BinaryOperator.Mult:
                    result = Multiply(big, small);
                    return true;
                case BinaryOperator.FloorDiv when small != 0:
                    result = FloorDivide(big, small);
                    return true;
                case BinaryOperator.Mod when small != 0:
                    result = Value.FromInt(Modulo(big, small));
                    return true;
                case BinaryOperator.RShift when small is >= 0 and <= int.MaxValue:
                    result = ShiftRight(big, small);
                    return true;
                case BinaryOperator.BitAnd when small >= 0:
                    // The low 64 bits of a negative int's two's complement are those of its magnitude's lowest limb, negated.
                    var lowest = big.Magnitude[0];
                    result = Value.FromInt((long)((big.IsNegative ? 0 - lowest : lowest) & (ulong)small));
                    return true;
            }
        }
        else if (op == BinaryOperator.Mult && a.IsInt && b.Ref is PyBigInt { IsExact: true } right)
        {
            result = Multiply(right, a.AsInt);
            return true;
        }

        result = default;
        return false;
    }

    private static Value Multiply(PyBigInt big, long factor) =>
        factor == 0 ? Value.FromInt(0) : PyBigInt.Create(big.IsNegative != factor < 0, Magnitude.MultiplyByLimb(big.Magnitude, Absolute(factor)));

    /// <summary>Python's floor division: a quotient with a remainder whose sign differs from the divisor's rounds down, one further from zero.</summary>
    private static Value FloorDivide(PyBigInt big, long divisor)
    {
        var quotient = Magnitude.DivideByLimb(big.Magnitude, Absolute(divisor), out var remainder);
        var negative = big.IsNegative != divisor < 0;
        if (negative && remainder != 0)
        {
            ulong one = 1;
            quotient = Magnitude.Add(quotient, new ReadOnlySpan<ulong>(ref one));
        }

        return PyBigInt.Create(negative, quotient);
    }

    /// <summary>Python's modulo: the remainder takes the divisor's sign.</summary>
    private static long Modulo(PyBigInt big, long divisor)
    {
        var magnitude = Absolute(divisor);
        var remainder = Magnitude.RemainderByLimb(big.Magnitude, magnitude);
        if (remainder != 0 && big.IsNegative != divisor < 0)
        {
            remainder = magnitude - remainder;
        }

        // Below the divisor's magnitude, so it fits in a long with either sign.
        return divisor < 0 ? -(long)remainder : (long)remainder;
    }

    /// <summary>Python's <c>&gt;&gt;</c> floors: a negative int that loses set bits rounds one further from zero.</summary>
    private static Value ShiftRight(PyBigInt big, long shift)
    {
        var magnitude = big.Magnitude;
        if (shift >= Magnitude.BitLength(magnitude))
        {
            return Value.FromInt(big.IsNegative ? -1 : 0);
        }

        var shifted = Magnitude.ShiftRight(magnitude, (int)shift, out var lostBits);
        if (big.IsNegative && lostBits)
        {
            ulong one = 1;
            shifted = Magnitude.Add(shifted, new ReadOnlySpan<ulong>(ref one));
        }

        return PyBigInt.Create(big.IsNegative, shifted);
    }

    private static ulong Absolute(long value) => value < 0 ? 0 - (ulong)value : (ulong)value;
}
