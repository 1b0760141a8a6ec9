using System.Numerics;
using System.Runtime.CompilerServices;

namespace Viper.Runtime.Objects;

/// <summary>
/// An int outside the 64-bit range; results that fit in 64 bits go back to inline ints. Addition,
/// subtraction, comparison, negation and hashing work on its sign and <see cref="Numerics.Magnitude"/>
/// limbs, everything else on a <see cref="BigInteger"/>. An int starts with whichever form built it
/// and converts to the other on first use, keeping both (neither ever changes).
/// </summary>
public sealed class PyBigInt : PyObject
{
    private ulong[]? _magnitude;

    // Boxed so that a first use racing on another thread publishes the whole value or nothing.
    private StrongBox<BigInteger>? _value;

    public PyBigInt(BigInteger value)
        : base(PyType.Int)
    {
        IsNegative = value.Sign < 0;
        _value = new StrongBox<BigInteger>(value);
    }

    private PyBigInt(bool negative, ulong[] magnitude)
        : base(PyType.Int)
    {
        IsNegative = negative;
        _magnitude = magnitude;
    }

    public bool IsNegative { get; }

    public BigInteger Value => (_value ??= new StrongBox<BigInteger>(Numerics.Magnitude.ToBigInteger(_magnitude!, IsNegative))).Value;

    /// <summary>The absolute value's limbs (see <see cref="Numerics.Magnitude"/>); never empty.</summary>
    public ReadOnlySpan<ulong> Magnitude => MagnitudeArray;

    private ulong[] MagnitudeArray => _magnitude ??= Numerics.Magnitude.FromBigInteger(_value!.Value);

    /// <summary>The int with this sign and magnitude: inline when it fits in 64 bits.</summary>
    public static Values.Value Create(bool negative, ulong[] magnitude)
    {
        switch (magnitude.Length)
        {
            case 0:
                return Values.Value.FromInt(0);
            case 1 when magnitude[0] <= (negative ? 1UL << 63 : long.MaxValue):
                return Values.Value.FromInt(negative ? (long)(0 - magnitude[0]) : (long)magnitude[0]);
            default:
                return Values.Value.FromObject(new PyBigInt(negative, magnitude));
        }
    }

    /// <summary><c>-self</c>, sharing the limbs.</summary>
    public Values.Value Negate() => Create(!IsNegative, MagnitudeArray);
}
