using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// Python's <c>hash()</c>. Numbers hash by CPython's numeric scheme, so <c>hash(1) == hash(1.0) ==
/// hash(True)</c> and equal numbers are one dict key; str hashes are per-process, as in CPython.
/// </summary>
public static class Hashing
{
    public static long Hash(Value value)
    {
        if (value.IsInt)
        {
            return NumericHash.Hash(value.AsInt);
        }

        if (value.IsFloat)
        {
            var real = value.AsFloat;
            return double.IsNaN(real) ? value.Bits >> 4 : NumericHash.Hash(real);
        }

        return value.Ref is PyObject { Type.IsBuiltin: false } ? UserProtocols.Hash(value) : BuiltinHash(value);
    }

    /// <summary>The hash the builtin types define, the fallback for a class written in Python without <c>__hash__</c>.</summary>
    public static long BuiltinHash(Value value)
    {
        if (value.IsInt || value.IsFloat)
        {
            return Hash(value);
        }

        return value.Ref switch
        {
            PyStr s => OfString(s),
            PyFloat f => Hash(Value.FromFloat(f.Value)),
            PyBool b => b.AsLong,
            PyBigInt big => OfBigInt(big),
            PyNone => 0xFCA86420,
            PyTuple t => OfTuple(t),
            PySet { IsFrozen: true } frozen => frozen.FrozenHash(),
            PyList or PyDict or PyDictView or PySlice or PySet or PyByteArray => throw PyErrors.TypeError($"unhashable type: '{TypeNames.Of(value)}'"),
            PyRange r => OfRange(r),
            PyBytes b => OfString(System.Text.Encoding.Latin1.GetString(b.Value)),
            PyGenericAlias alias => TypeHints.Hash(alias),
            PyUnionType union => TypeHints.Hash(union),
            var other => RuntimeHelpers.GetHashCode(other),
        };
    }

    // The hashes that need BigInteger are methods of their own: a method mentioning BigInteger loads
    // System.Runtime.Numerics when it is first prepared, and str keys are hashed on every start.
    // An exact big int hashes on its limbs, made if it has none yet: cheaper than reducing a
    // BigInteger, and kept for the sums and comparisons a dict key usually meets next.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long OfBigInt(PyBigInt big) =>
        big.IsExact || big.HasMagnitude ? NumericHash.Hash(big.IsNegative, big.Magnitude) : NumericHash.Hash(big.Value);

    /// <summary>As CPython: equal ranges hash alike, so an empty range hashes without its bounds and a one-item range without its step.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long OfRange(PyRange range) =>
        OfTuple(PyTuple.Of(
            Value.FromBigInteger(range.Length),
            range.Length.IsZero ? Value.None : Value.FromBigInteger(range.Start),
            range.Length <= 1 ? Value.None : Value.FromBigInteger(range.Step)));

    public static long OfString(PyStr s) => Fix(s.CachedHash());

    public static long OfString(string s) => Fix(s.GetHashCode(StringComparison.Ordinal));

    /// <summary>CPython's tuple hash (the xxHash-based one of 3.8+), so tuples of equal items hash equally.</summary>
    private static long OfTuple(PyTuple tuple)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        const ulong Prime5 = 2870177450012600261UL;
        var acc = Prime5;
        foreach (var item in tuple.Items)
        {
            var lane = (ulong)Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }

        acc += (ulong)tuple.Count ^ (Prime5 ^ 3527539UL);
        return Fix((long)acc);
    }

    private static long Fix(long hash) => hash == -1 ? -2 : hash;
}
