using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>The data attributes of numbers: <c>real</c>, <c>imag</c>, and an int's <c>numerator</c> and <c>denominator</c>.</summary>
public static class NumberAttributes
{
    public static bool TryGet(Value owner, string name, out Value value)
    {
        // The parts of an int or float subclass instance are plain ints and floats, as in CPython.
        owner = Numbers.Exact(owner);
        if (owner.IsFloat)
        {
            value = name switch
            {
                "real" => owner,
                "imag" => Value.FromFloat(0.0),
                _ => default,
            };
            return value.IsBound;
        }

        if (owner.IsInt || owner.Ref is PyBigInt or PyBool)
        {
            // A bool's parts are plain ints, as in CPython.
            var integer = owner.Ref is PyBool flag ? Value.FromInt(flag.AsLong) : owner;
            value = name switch
            {
                "real" or "numerator" => integer,
                "imag" => Value.FromInt(0),
                "denominator" => Value.FromInt(1),
                _ => default,
            };
            return value.IsBound;
        }

        value = default;
        return false;
    }
}
