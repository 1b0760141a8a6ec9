using System.Globalization;
using System.Numerics;
using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>The numeric builtins: <c>divmod</c>, <c>pow</c>, <c>round</c>, <c>bin</c>, <c>oct</c>, <c>hex</c>, and <c>ascii</c>.</summary>
public static class NumericFunctions
{
    /// <summary>
    /// CPython's bounds on round()'s ndigits for floats: beyond the first every double is
    /// already exact, below the second every double rounds to zero.
    /// </summary>
    private const int MaxFloatDigits = 323;
    private const int MinFloatDigits = -308;

    public static (string Name, BuiltinBody Body)[] All =>
    [
        ("divmod", DivMod),
        ("pow", Pow),
        ("round", Round),
        ("bin", (vm, args) => PowerOfTwo(args, "bin", IntFormatter.ToBinary)),
        ("oct", (vm, args) => PowerOfTwo(args, "oct", IntFormatter.ToOctal)),
        ("hex", (vm, args) => PowerOfTwo(args, "hex", IntFormatter.ToHex)),
        ("ascii", (vm, args) => { ArgumentCheck.Exactly(args, "ascii", 1); return Value.FromString(Repr.Ascii(args[0])); }),
    ];

    internal static Value DivMod(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.NoKeywords(args, "divmod");
        if (args.Count != 2)
        {
            throw PyErrors.TypeError($"divmod expected 2 arguments, got {args.Count}");
        }

        var (a, b) = (args[0], args[1]);
        var ka = Numbers.Classify(a, out var la, out _, out _);
        var kb = Numbers.Classify(b, out var lb, out _, out _);
        if (ka == NumberKind.NotNumber || kb == NumberKind.NotNumber)
        {
            throw PyErrors.TypeError($"unsupported operand type(s) for divmod(): '{TypeNames.Of(a)}' and '{TypeNames.Of(b)}'");
        }

        if (ka != NumberKind.Float && kb != NumberKind.Float)
        {
            if (ka == NumberKind.Small && kb == NumberKind.Small && lb != 0 && IntMath.TryFloorDiv(la, lb, out var quotient))
            {
                return Pair(Value.FromInt(quotient), Value.FromInt(IntMath.Mod(la, lb)));
            }

            Numbers.TryGetBigInteger(a, out var x);
            Numbers.TryGetBigInteger(b, out var y);
            if (y.IsZero)
            {
                throw PyErrors.ZeroDivision("integer division or modulo by zero");
            }

            var (q, r) = IntMath.DivMod(x, y);
            return Pair(Value.FromBigInteger(q), Value.FromBigInteger(r));
        }

        Numbers.TryGetDouble(a, out var fa);
        Numbers.TryGetDouble(b, out var fb);
        try
        {
            var (floor, mod) = FloatMath.DivMod(fa, fb);
            return Pair(Value.FromFloat(floor), Value.FromFloat(mod));
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    private static Value Pair(Value first, Value second) => Value.FromObject(PyTuple.Of(first, second));

    private static Value Pow(Interpreter vm, CallArgs args)
    {
        var parameters = new Value[3];
        parameters[2] = Value.None;
        if (args.Count + args.KeywordCount > 3)
        {
            throw PyErrors.TypeError($"pow() takes at most 3 arguments ({args.Count + args.KeywordCount} given)");
        }

        args.Positional.CopyTo(parameters);
        for (var i = 0; i < args.KeywordCount; i++)
        {
            var position = Array.IndexOf(["base", "exp", "mod"], args.KeywordNames![i]);
            if (position < 0)
            {
                throw PyErrors.TypeError($"'{args.KeywordNames[i]}' is an invalid keyword argument for pow()");
            }

            if (position < args.Count)
            {
                throw PyErrors.TypeError($"argument for pow() given by name ('{args.KeywordNames[i]}') and position ({position + 1})");
            }

            parameters[position] = args.All[args.Count + i];
        }

        if (!parameters[0].IsBound)
        {
            throw PyErrors.TypeError("pow() missing required argument 'base' (pos 1)");
        }

        if (!parameters[1].IsBound)
        {
            throw PyErrors.TypeError("pow() missing required argument 'exp' (pos 2)");
        }

        return parameters[2].IsNone
            ? Arithmetic.Binary(BinaryOperator.Pow, parameters[0], parameters[1])
            : ModularPow(parameters[0], parameters[1], parameters[2]);
    }

    /// <summary>Three-argument pow; a negative exponent raises the modular inverse of the base.</summary>
    private static Value ModularPow(Value baseValue, Value exponentValue, Value modulusValue)
    {
        if (!Numbers.TryGetBigInteger(baseValue, out var b) | !Numbers.TryGetBigInteger(exponentValue, out var e)
            | !Numbers.TryGetBigInteger(modulusValue, out var m))
        {
            var allNumbers = new[] { baseValue, exponentValue, modulusValue }.All(v => Numbers.Classify(v, out _, out _, out _) != NumberKind.NotNumber);
            throw PyErrors.TypeError(allNumbers
                ? "pow() 3rd argument not allowed unless all arguments are integers"
                : $"unsupported operand type(s) for ** or pow(): '{TypeNames.Of(baseValue)}', '{TypeNames.Of(exponentValue)}', '{TypeNames.Of(modulusValue)}'");
        }

        if (m.IsZero)
        {
            throw PyErrors.ValueError("pow() 3rd argument cannot be 0");
        }

        var modulus = BigInteger.Abs(m);
        b = IntMath.Mod(b, modulus);
        if (e.Sign < 0)
        {
            b = ModularInverse(b, modulus) ?? throw PyErrors.ValueError("base is not invertible for the given modulus");
            e = -e;
        }

        var result = BigInteger.ModPow(b, e, modulus);

        // As CPython: the result takes the sign of the modulus.
        if (m.Sign < 0 && !result.IsZero)
        {
            result -= modulus;
        }

        return Value.FromBigInteger(result);
    }

    /// <summary>The inverse of <paramref name="value"/> modulo <paramref name="modulus"/> by the extended Euclidean algorithm; null if none exists.</summary>
    private static BigInteger? ModularInverse(BigInteger value, BigInteger modulus)
    {
        var (oldR, r) = (value, modulus);
        var (oldS, s) = (BigInteger.One, BigInteger.Zero);
        while (!r.IsZero)
        {
            var quotient = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - (quotient * r));
            (oldS, s) = (s, oldS - (quotient * s));
        }

        return oldR.IsOne ? IntMath.Mod(oldS, modulus) : null;
    }

    internal static Value Round(Interpreter vm, CallArgs args)
    {
        Value number = default;
        var digits = Value.None;
        ArgumentCheck.BindTwo(args, "round", "number", "ndigits", ref number, ref digits, "round() missing required argument 'number' (pos 1)");

        var kind = Numbers.Classify(number, out var small, out var big, out var real);
        if (kind == NumberKind.NotNumber)
        {
            throw PyErrors.TypeError($"type {TypeNames.Of(number)} doesn't define __round__ method");
        }

        if (digits.IsNone)
        {
            return kind switch
            {
                NumberKind.Small => Value.FromInt(small),
                NumberKind.Big => number,
                _ => RoundToInt(real),
            };
        }

        if (!Numbers.TryGetIndexInteger(digits, out var wideDigits))
        {
            throw PyErrors.TypeError($"'{TypeNames.Of(digits)}' object cannot be interpreted as an integer");
        }

        // CPython clips an out-of-range ndigits to the ssize_t range, which every case below saturates.
        var ndigits = (int)BigInteger.Clamp(wideDigits, int.MinValue, int.MaxValue);
        if (kind == NumberKind.Float)
        {
            return Value.FromFloat(RoundFloat(real, ndigits));
        }

        var integer = kind == NumberKind.Small ? small : big;
        return ndigits >= 0 ? Value.FromBigInteger(integer) : Value.FromBigInteger(RoundInteger(integer, -ndigits));
    }

    /// <summary><c>round(x)</c> for a float: to the nearest int, ties to even.</summary>
    private static Value RoundToInt(double x)
    {
        var rounded = Math.Round(x, MidpointRounding.ToEven);
        try
        {
            return IntMath.TryFromDouble(rounded, out var small) ? Value.FromInt(small) : Value.FromBigInteger(IntMath.FromDouble(rounded));
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    /// <summary><c>round(n, -places)</c> for an int: to the nearest multiple of 10**places, ties to even.</summary>
    private static BigInteger RoundInteger(BigInteger n, int places)
    {
        var unit = BigInteger.Pow(10, places);
        var (quotient, remainder) = IntMath.DivMod(n, unit);
        var twice = remainder * 2;
        if (twice > unit || (twice == unit && !quotient.IsEven))
        {
            quotient++;
        }

        return quotient * unit;
    }

    /// <summary>
    /// <c>round(x, ndigits)</c> for a float, as CPython does it: the exact binary value is rounded
    /// (ties to even) to <paramref name="ndigits"/> decimal places, and that decimal is read back
    /// correctly rounded. So <c>round(2.675, 2)</c> is 2.67, since 2.675 is really 2.67499999...
    /// </summary>
    private static double RoundFloat(double x, int ndigits)
    {
        if (!double.IsFinite(x) || x == 0 || ndigits > MaxFloatDigits)
        {
            return x;
        }

        if (ndigits < MinFloatDigits)
        {
            return 0.0 * x;
        }

        // x = mantissa * 2**exponent exactly; scale by 10**ndigits as the fraction numerator/denominator.
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFF;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        var numerator = new BigInteger(mantissa);
        var denominator = BigInteger.One;
        if (exponent >= 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        if (ndigits >= 0)
        {
            numerator *= BigInteger.Pow(10, ndigits);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -ndigits);
        }

        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient++;
        }

        if (quotient.IsZero)
        {
            return Math.CopySign(0.0, x);
        }

        var text = $"{(x < 0 ? "-" : "")}{quotient}e{-ndigits}";
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsInfinity(result) ? throw PyErrors.Overflow("rounded value too large to represent") : result;
    }

    private static Value PowerOfTwo(CallArgs args, string name, Func<BigInteger, string> format)
    {
        ArgumentCheck.Exactly(args, name, 1);
        if (!Numbers.TryGetIndexInteger(args[0], out var n))
        {
            throw PyErrors.TypeError($"'{TypeNames.Of(args[0])}' object cannot be interpreted as an integer");
        }

        return Value.FromString(format(n));
    }
}
