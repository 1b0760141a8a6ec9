using System.Numerics;
using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

public enum NumberKind
{
    NotNumber,
    Small,
    Big,
    Float,
}

/// <summary>Classifies values as Python numbers (bool counts as an int) and converts between forms.</summary>
public static class Numbers
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NumberKind Classify(Value value, out long small, out BigInteger big, out double real)
    {
        small = 0;
        big = default;
        real = 0;
        if (value.IsInt)
        {
            small = value.AsInt;
            return NumberKind.Small;
        }

        if (value.IsFloat)
        {
            real = value.AsFloat;
            return NumberKind.Float;
        }

        switch (value.Ref)
        {
            case PyBool b:
                small = b.AsLong;
                return NumberKind.Small;
            case PyBigInt i:
                big = i.Value;
                if (!i.IsExact && big >= long.MinValue && big <= long.MaxValue)
                {
                    small = (long)big;
                    return NumberKind.Small;
                }

                return NumberKind.Big;
            case PyFloat f:
                real = f.Value;
                return NumberKind.Float;
            default:
                return NumberKind.NotNumber;
        }
    }

    /// <summary>
    /// The value as its exact builtin type: an instance of a subclass of int, float or str becomes
    /// the plain int, float or str it holds; anything else is returned unchanged.
    /// </summary>
    public static Value Exact(Value value) => value.Ref switch
    {
        PyBigInt { IsExact: false } i => Value.FromBigInteger(i.Value),
        PyFloat f => Value.FromFloat(f.Value),
        PyStr s => Value.FromObject(s.Exact),
        _ => value,
    };

    public static bool IsInteger(Value value) => value.IsInt || value.Ref is PyBool or PyBigInt;

    /// <summary>The value as a BigInteger when it is an int (or bool).</summary>
    public static bool TryGetBigInteger(Value value, out BigInteger result)
    {
        switch (Classify(value, out var small, out var big, out _))
        {
            case NumberKind.Small:
                result = small;
                return true;
            case NumberKind.Big:
                result = big;
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>The value as a double when it is any real number; big ints may raise OverflowError.</summary>
    public static bool TryGetDouble(Value value, out double result)
    {
        switch (Classify(value, out var small, out var big, out var real))
        {
            case NumberKind.Small:
                result = small;
                return true;
            case NumberKind.Big:
                result = ToDouble(big);
                return true;
            case NumberKind.Float:
                result = real;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    public static double ToDouble(BigInteger value)
    {
        try
        {
            return IntMath.ToDouble(value);
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    /// <summary>
    /// An int used as an index or count: ints and bools only (as <c>__index__</c>); big ints report
    /// <c>cannot fit 'int' into an index-sized integer</c> the way CPython does for sequence indices.
    /// </summary>
    public static bool TryGetIndex(Value value, out long index)
    {
        if (!TryGetIndexValue(value, out var integer))
        {
            index = 0;
            return false;
        }

        return Classify(integer, out index, out _, out _) == NumberKind.Small
            ? true
            : throw PyErrors.New(ExceptionTypes.IndexError, $"cannot fit '{TypeNames.Of(value)}' into an index-sized integer");
    }

    /// <summary>The value as a BigInteger when it is an int or has <c>__index__</c>, as CPython's index arguments take it.</summary>
    public static bool TryGetIndexInteger(Value value, out BigInteger result)
    {
        result = default;
        return TryGetIndexValue(value, out var integer) && TryGetBigInteger(integer, out result);
    }

    /// <summary><c>operator.index(value)</c>: the value itself when it is an int, else what its <c>__index__</c> returned.</summary>
    public static bool TryGetIndexValue(Value value, out Value index)
    {
        if (IsInteger(value))
        {
            index = value;
            return true;
        }

        return TryIndexMethod(value, out index);
    }

    /// <summary>
    /// <c>operator.index(value)</c> for a value that is not an int: what its class's <c>__index__</c>
    /// returned, which must be an int; false when the class has none.
    /// </summary>
    public static bool TryIndexMethod(Value value, out Value index)
    {
        if (SpecialMethods.IsUserObject(value) && SpecialMethods.TryCall(value, "__index__", [], out index))
        {
            return IsInteger(index) ? true : throw PyErrors.TypeError($"__index__ returned non-int (type {TypeNames.Of(index)})");
        }

        index = default;
        return false;
    }
}
