using System.Globalization;
using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary><c>float.hex</c> and <c>float.fromhex</c>: a float as an exact hexadecimal significand and binary exponent.</summary>
public static partial class FloatMethods
{
    private const int SignificandBits = 53;
    private const int LowestExponent = -1074;

    private static void InstallHex(PyType type)
    {
        BuiltinMethods.Add(type, "hex", (vm, args) =>
        {
            var self = Self(args, "hex");
            ArgumentCheck.NoArguments(args, "float.hex");
            return Value.FromString(ToHex(self));
        });
        BuiltinMethods.AddClassMethod(type, "fromhex", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "float.fromhex");
            var text = args[1].Ref as PyStr ?? throw PyErrors.TypeError("bad argument type for built-in operation");
            var result = Value.FromFloat(FromHex(text.Value));
            return args[0].Ref == PyType.Float ? result : vm.Call(args[0], [result]);
        });
    }

    private static string ToHex(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0x0.0p+0";
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var (leading, exponent) = biased == 0 ? (0, -1022) : (1, biased - 1023);
        return $"{sign}0x{leading}.{fraction:x13}p{(exponent >= 0 ? "+" : "")}{exponent}";
    }

    /// <summary>Parses CPython's hexadecimal float syntax and rounds the exact value to the nearest double, ties to even.</summary>
    private static double FromHex(string text)
    {
        var s = text.Trim();
        var position = 0;
        var negative = false;
        if (position < s.Length && s[position] is '+' or '-')
        {
            negative = s[position] == '-';
            position++;
        }

        var rest = s[position..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (rest.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            position += 2;
        }

        var significand = BigInteger.Zero;
        var digits = 0;
        var fractionDigits = 0;
        var seenPoint = false;
        for (; position < s.Length; position++)
        {
            var c = s[position];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }

            var digit = HexDigit(c);
            if (digit < 0)
            {
                break;
            }

            significand = (significand << 4) + digit;
            digits++;
            fractionDigits += seenPoint ? 1 : 0;
        }

        if (digits == 0)
        {
            throw InvalidHex();
        }

        var exponent = BigInteger.Zero;
        if (position < s.Length && s[position] is 'p' or 'P')
        {
            position++;
            var start = position;
            if (position < s.Length && s[position] is '+' or '-')
            {
                position++;
            }

            var exponentDigits = position;
            while (position < s.Length && char.IsAsciiDigit(s[position]))
            {
                position++;
            }

            if (position == exponentDigits)
            {
                throw InvalidHex();
            }

            exponent = BigInteger.Parse(s.AsSpan(start, position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        if (position != s.Length)
        {
            throw InvalidHex();
        }

        var magnitude = Round(significand, exponent - (4 * fractionDigits));
        return negative ? -magnitude : magnitude;
    }

    /// <summary>The double nearest <paramref name="significand"/> × 2^<paramref name="exponent"/>, ties to even.</summary>
    private static double Round(BigInteger significand, BigInteger exponent)
    {
        if (significand.IsZero)
        {
            return 0.0;
        }

        var topBit = exponent + (long)significand.GetBitLength() - 1;
        if (topBit > 1023)
        {
            throw TooLarge();
        }

        if (topBit < LowestExponent - 1)
        {
            return 0.0;
        }

        var lowestBit = (int)BigInteger.Max(topBit - (SignificandBits - 1), LowestExponent);
        var shift = (int)(lowestBit - exponent);
        BigInteger kept;
        if (shift > 0)
        {
            kept = significand >> shift;
            var remainder = significand - (kept << shift);
            var half = BigInteger.One << (shift - 1);
            if (remainder > half || (remainder == half && !kept.IsEven))
            {
                kept += 1;
            }
        }
        else
        {
            kept = significand << -shift;
        }

        var result = Math.ScaleB((double)kept, lowestBit);
        return double.IsInfinity(result) ? throw TooLarge() : result;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PythonException InvalidHex() => PyErrors.ValueError("invalid hexadecimal floating-point string");

    private static PythonException TooLarge() => PyErrors.Overflow("hexadecimal value too large to represent as a float");
}
