using System.Numerics;
using System.Runtime.CompilerServices;

namespace Viper.Runtime.Objects;

/// <summary>
/// An int outside the 64-bit range; results that fit in 64 bits go back to inline ints. It holds a
/// sign and <see cref="Numerics.Magnitude"/> limbs (sums, differences, 64-bit products that
/// overflow, and products, quotients, remainders and right shifts with an inline int), or a
/// <see cref="BigInteger"/> (products and quotients of two big ints, powers, left shifts, most bitwise
/// operators), or both. The operations on limbs, comparison, negation and hashing take the limbs,
/// made on first use from the <see cref="BigInteger"/>; the others take the <see cref="BigInteger"/>,
/// made on first use from the limbs. A form once made is kept (neither ever changes).
/// An instance of a class derived from <c>int</c> is a PyBigInt of that type whatever its size.
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

    /// <summary>False for an instance of an int subclass, which may hold a value within 64 bits.</summary>
    public bool IsExact => ReferenceEquals(Type, PyType.Int);

    public BigInteger Value => (_value ??= new StrongBox<BigInteger>(Numerics.Magnitude.ToBigInteger(_magnitude!, IsNegative))).Value;

    /// <summary>True when the int holds its limbs (see <see cref="Magnitude"/>).</summary>
    public bool HasMagnitude => _magnitude is not null;

    /// <summary>The absolute value's limbs (see <see cref="Numerics.Magnitude"/>), made on first use; never empty.</summary>
    public ReadOnlySpan<ulong> Magnitude => _magnitude ??= Numerics.Magnitude.FromBigInteger(_value!.Value);

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

    /// <summary>The int <paramref name="value"/>, which may lie outside 64 bits, with limbs.</summary>
    public static Values.Value Create(Int128 value)
    {
        var negative = value < 0;
        var magnitude = (UInt128)(negative ? -value : value);
        var high = (ulong)(magnitude >> 64);
        return Create(negative, high == 0 ? [(ulong)magnitude] : [(ulong)magnitude, high]);
    }

    // The overflowing results of 64-bit operations, each a method of its own that the hot callers
    // call only on overflow: a method that uses Int128 gets no ReadyToRun code (.NET compiles it when
    // first called, unoptimized until it tiers up), so the callers must not contain any.

    /// <summary><c>a + b</c>, which the caller found does not fit in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Values.Value Sum(long a, long b) => Create((Int128)a + b);

    /// <summary><c>a - b</c>, which the caller found does not fit in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Values.Value Difference(long a, long b) => Create((Int128)a - b);

    /// <summary><c>a * b</c>, which the caller found does not fit in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Values.Value Product(long a, long b) => Create((Int128)a * b);

    /// <summary><c>-a</c> for <c>long.MinValue</c> (or any long).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Values.Value Negated(long a) => Create(-(Int128)a);

    /// <summary><c>-self</c>, sharing the limbs when there are any.</summary>
    public Values.Value Negate() => _magnitude is { } magnitude ? Create(!IsNegative, magnitude) : Values.Value.FromBigInteger(-Value);
}
