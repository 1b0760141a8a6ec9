using System.Numerics;
using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary>The integer functions of <c>math</c>: gcd, lcm, factorial, comb, perm, isqrt and prod.</summary>
public static partial class MathModule
{
    private static void InstallIntegers(PyDict dict)
    {
        Add(dict, "gcd", (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, "gcd");
            var result = BigInteger.Zero;
            foreach (var argument in args.Positional)
            {
                result = BigInteger.GreatestCommonDivisor(result, Integer(argument));
            }

            return Value.FromBigInteger(result);
        });
        Add(dict, "lcm", (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, "lcm");
            var result = BigInteger.One;
            foreach (var argument in args.Positional)
            {
                var n = BigInteger.Abs(Integer(argument));
                result = result.IsZero || n.IsZero ? BigInteger.Zero : result / BigInteger.GreatestCommonDivisor(result, n) * n;
            }

            return Value.FromBigInteger(result);
        });
        Add(dict, "factorial", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "math.factorial", 1);
            var n = Integer(args[0]);
            if (n < 0)
            {
                throw PyErrors.ValueError("factorial() not defined for negative values");
            }

            if (n > long.MaxValue)
            {
                throw PyErrors.Overflow("factorial() argument should not exceed 9223372036854775807");
            }

            return Value.FromBigInteger(Product(BigInteger.One, n));
        });
        Add(dict, "comb", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "comb", 2);
            var (n, k) = (Integer(args[0]), Integer(args[1]));
            CheckNonNegative(n, "n");
            CheckNonNegative(k, "k");
            if (k > n)
            {
                return Value.FromInt(0);
            }

            k = BigInteger.Min(k, n - k);
            return Value.FromBigInteger(Product(n - k + 1, n) / Product(BigInteger.One, k));
        });
        Add(dict, "perm", (vm, args) =>
        {
            ArgumentCheck.Range(args, "perm", 1, 2);
            var n = Integer(args[0]);
            CheckNonNegative(n, "n");
            if (args.Count == 1 || args[1].IsNone)
            {
                return Value.FromBigInteger(Product(BigInteger.One, n));
            }

            var k = Integer(args[1]);
            CheckNonNegative(k, "k");
            return Value.FromBigInteger(k > n ? BigInteger.Zero : Product(n - k + 1, n));
        });
        Add(dict, "isqrt", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "math.isqrt", 1);
            var n = Integer(args[0]);
            if (n < 0)
            {
                throw PyErrors.ValueError("isqrt() argument must be nonnegative");
            }

            return Value.FromBigInteger(IntegerSquareRoot(n));
        });
        Add(dict, "prod", (vm, args) =>
        {
            if (args.Count != 1)
            {
                throw PyErrors.TypeError($"prod() takes exactly 1 positional argument ({args.Count} given)");
            }

            var result = Value.FromInt(1);
            for (var i = 0; i < args.KeywordCount; i++)
            {
                result = args.KeywordNames![i] == "start"
                    ? args.All[args.Count + i]
                    : throw PyErrors.TypeError($"prod() got an unexpected keyword argument '{args.KeywordNames[i]}'");
            }

            var iterator = Iteration.GetIterator(args[0]);
            while (iterator.TryNext(out var item))
            {
                result = Arithmetic.Binary(Frontend.Ast.BinaryOperator.Mult, result, item);
            }

            return result;
        });
    }

    private static BigInteger Integer(Value value) =>
        !value.IsFloat && Numbers.TryGetBigInteger(value, out var n)
            ? n
            : throw PyErrors.TypeError($"'{TypeNames.Of(value)}' object cannot be interpreted as an integer");

    private static void CheckNonNegative(BigInteger value, string name)
    {
        if (value < 0)
        {
            throw PyErrors.ValueError($"{name} must be a non-negative integer");
        }
    }

    /// <summary>The product of the integers from <paramref name="low"/> to <paramref name="high"/>, split in halves so the operands stay balanced.</summary>
    private static BigInteger Product(BigInteger low, BigInteger high)
    {
        if (low > high)
        {
            return BigInteger.One;
        }

        if (high - low < 16)
        {
            var result = low;
            for (var i = low + 1; i <= high; i++)
            {
                result *= i;
            }

            return result;
        }

        var middle = (low + high) / 2;
        return Product(low, middle) * Product(middle + 1, high);
    }

    private static BigInteger IntegerSquareRoot(BigInteger n)
    {
        if (n < 2)
        {
            return n;
        }

        // Newton's iteration from a power of two above the root decreases to it.
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var next = (x + (n / x)) >> 1;
            if (next >= x)
            {
                return x;
            }

            x = next;
        }
    }
}
