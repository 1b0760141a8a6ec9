using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>float</c>; argument 0 is the float itself.</summary>
public static partial class FloatMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "is_integer", (vm, args) =>
        {
            var self = Self(args, "is_integer");
            ArgumentCheck.NoArguments(args, "float.is_integer");
            return Value.FromBool(double.IsFinite(self) && Math.Floor(self) == self);
        });
        BuiltinMethods.Add(type, "conjugate", (vm, args) =>
        {
            var self = Self(args, "conjugate");
            ArgumentCheck.NoArguments(args, "float.conjugate");
            return Value.FromFloat(self);
        });
        BuiltinMethods.Add(type, "as_integer_ratio", (vm, args) =>
        {
            var self = Self(args, "as_integer_ratio");
            ArgumentCheck.NoArguments(args, "float.as_integer_ratio");
            var (numerator, denominator) = ExactRatio(self);
            return Value.FromObject(new PyTuple([Value.FromBigInteger(numerator), Value.FromBigInteger(denominator)]));
        });
        InstallHex(type);
    }

    /// <summary>The float's exact value as a fraction in lowest terms with a positive power-of-two denominator.</summary>
    private static (BigInteger Numerator, BigInteger Denominator) ExactRatio(double value)
    {
        if (double.IsInfinity(value))
        {
            throw PyErrors.Overflow("cannot convert Infinity to integer ratio");
        }

        if (double.IsNaN(value))
        {
            throw PyErrors.ValueError("cannot convert NaN to integer ratio");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // value = ±mantissa * 2**(exponent - 1075); strip the factors of two the two parts share.
        exponent -= 1075;
        if (mantissa == 0)
        {
            return (BigInteger.Zero, BigInteger.One);
        }

        var shift = Math.Min(BitOperations.TrailingZeroCount(mantissa), Math.Max(0, -exponent));
        mantissa >>= shift;
        exponent += shift;
        BigInteger numerator = value < 0 ? -mantissa : mantissa;
        return exponent >= 0 ? (numerator << exponent, BigInteger.One) : (numerator, BigInteger.One << -exponent);
    }

    private static double Self(CallArgs args, string name) =>
        args[0].IsFloat
            ? args[0].AsFloat
            : throw BuiltinMethods.NotApplicable(PyType.Float, name, args[0]);
}
