using System.Numerics;
using NUnit.Framework;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using BinaryOperator = Viper.Frontend.Ast.BinaryOperator;
using CompareOperator = Viper.Frontend.Ast.CompareOperator;

namespace Viper.Tests.Numerics;

/// <summary>
/// Python's <c>+</c>, <c>-</c>, comparisons, negation, <c>hash</c>, and <c>* // % &gt;&gt; &amp;</c> with an inline int, on ints where one side is big,
/// against <see cref="BigInteger"/> as the oracle: random signs and sizes around the 64-bit edges,
/// both representations of a big int, and results that fall back into 64 bits.
/// </summary>
public class BigIntOperatorTests
{
    private const int Cases = 6000;

    [Test]
    public void AddAndSubtractMatchBigInteger()
    {
        foreach (var (a, b) in Pairs(new Random(11)))
        {
            foreach (var (x, y) in Representations(a, b))
            {
                AssertInt(Arithmetic.Binary(BinaryOperator.Add, x, y), a + b, $"{a} + {b}");
                AssertInt(Arithmetic.Binary(BinaryOperator.Sub, x, y), a - b, $"{a} - {b}");
            }
        }
    }

    [Test]
    public void ComparisonsMatchBigInteger()
    {
        CompareOperator[] operators = [CompareOperator.Eq, CompareOperator.NotEq, CompareOperator.Lt, CompareOperator.LtE, CompareOperator.Gt, CompareOperator.GtE];
        foreach (var (a, b) in Pairs(new Random(12)))
        {
            foreach (var (x, y) in Representations(a, b))
            {
                foreach (var op in operators)
                {
                    Assert.That(Comparison.CompareToBool(x, y, op), Is.EqualTo(Comparison.Satisfies(a.CompareTo(b), op)), $"{a} {op} {b}");
                }

                Assert.That(Comparison.Equal(x, x), Is.True, $"{a} == itself");
            }
        }
    }

    [Test]
    public void NegationAndHashMatchBigInteger()
    {
        foreach (var (a, _) in Pairs(new Random(13)))
        {
            foreach (var (x, _) in Representations(a, a))
            {
                AssertInt(Arithmetic.Negate(x), -a, $"-{a}");
                Assert.That(Hashing.Hash(x), Is.EqualTo(NumericHash.Hash(a)), $"hash({a})");
            }
        }
    }

    [Test]
    public void BigOperandsMeetBoolsAndFloatsThroughTheGeneralPath()
    {
        var big = Value.FromBigInteger(BigInteger.One << 70);
        AssertInt(Arithmetic.Binary(BinaryOperator.Add, big, Value.True), (BigInteger.One << 70) + 1, "2**70 + True");
        AssertInt(Arithmetic.Binary(BinaryOperator.Sub, Value.False, big), -(BigInteger.One << 70), "False - 2**70");
        var sum = Arithmetic.Binary(BinaryOperator.Add, big, Value.FromFloat(0.5));
        Assert.That(sum.IsFloat && sum.AsFloat == Math.Pow(2, 70), Is.True);
        Assert.That(Comparison.CompareToBool(big, Value.FromFloat(Math.Pow(2, 70)), CompareOperator.Eq), Is.True);
    }

    [Test]
    public void OperatorsWithAnInlineIntMatchBigInteger()
    {
        var random = new Random(14);
        foreach (var (a, _) in Pairs(random))
        {
            var small = SmallOperand(random);
            foreach (var (x, y) in Representations(a, small))
            {
                AssertInt(Arithmetic.Binary(BinaryOperator.Mult, x, y), a * small, $"{a} * {small}");
                AssertInt(Arithmetic.Binary(BinaryOperator.Mult, y, x), small * a, $"{small} * {a}");
                if (!small.IsZero)
                {
                    AssertInt(Arithmetic.Binary(BinaryOperator.FloorDiv, x, y), IntMath.FloorDiv(a, small), $"{a} // {small}");
                    AssertInt(Arithmetic.Binary(BinaryOperator.Mod, x, y), IntMath.Mod(a, small), $"{a} % {small}");
                }

                if (small.Sign >= 0)
                {
                    AssertInt(Arithmetic.Binary(BinaryOperator.BitAnd, x, y), a & small, $"{a} & {small}");
                    var shift = small % 400;
                    AssertInt(Arithmetic.Binary(BinaryOperator.RShift, x, Value.FromBigInteger(shift)), a >> (int)shift, $"{a} >> {shift}");
                }
            }
        }
    }

    [Test]
    public void LimbResultsKeepLimbs()
    {
        var overflow = Arithmetic.Binary(BinaryOperator.Add, Value.FromInt(long.MaxValue), Value.FromInt(1));
        Assert.That(overflow.Ref, Is.InstanceOf<PyBigInt>().With.Property(nameof(PyBigInt.HasMagnitude)).True);
        var product = Arithmetic.Binary(BinaryOperator.Mult, Value.FromInt(long.MaxValue), Value.FromInt(3));
        Assert.That(product.Ref, Is.InstanceOf<PyBigInt>().With.Property(nameof(PyBigInt.HasMagnitude)).True);
        foreach (var op in new[] { BinaryOperator.Add, BinaryOperator.Mult, BinaryOperator.FloorDiv, BinaryOperator.RShift })
        {
            var result = Arithmetic.Binary(op, Arithmetic.Binary(BinaryOperator.Mult, overflow, overflow), Value.FromInt(3));
            Assert.That(result.Ref, Is.InstanceOf<PyBigInt>().With.Property(nameof(PyBigInt.HasMagnitude)).True, op.ToString());
        }
    }

    [Test]
    public void BigIntegerOperandGetsLimbsOnceAndKeepsBoth()
    {
        var power = Value.FromBigInteger(BigInteger.Pow(3, 100));
        var big = (PyBigInt)power.Ref!;
        Assert.That(big.HasMagnitude, Is.False);
        AssertInt(Arithmetic.Binary(BinaryOperator.Add, power, Value.FromInt(1)), BigInteger.Pow(3, 100) + 1, "3**100 + 1");
        Assert.That(big.HasMagnitude, Is.True, "the sum made the operand's limbs");
        Assert.That(big.Value, Is.EqualTo(BigInteger.Pow(3, 100)), "and kept its BigInteger");
    }

    /// <summary>Operand pairs: random sizes up to 300 bits, values at the 64-bit edges, and pairs close enough to cancel.</summary>
    private static IEnumerable<(BigInteger A, BigInteger B)> Pairs(Random random)
    {
        for (var i = 0; i < Cases; i++)
        {
            var a = RandomInt(random);
            var b = random.Next(4) switch
            {
                0 => -a + random.Next(-3, 4),
                1 => a + ((random.Next(2) == 0 ? 1 : -1) * (Edge(random) - random.Next(3))),
                _ => RandomInt(random),
            };
            yield return (a, b);
        }
    }

    /// <summary>An inline int: zero, ones, small numbers, around 2**32 and the 64-bit edges, or random.</summary>
    private static BigInteger SmallOperand(Random random)
    {
        long[] edges = [0, 1, -1, 2, -2, 3, 10, -10, uint.MaxValue, 1L << 32, -(1L << 32) - 1, long.MaxValue, long.MinValue, long.MinValue + 1];
        return random.Next(2) == 0 ? edges[random.Next(edges.Length)] : random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64);
    }

    private static BigInteger RandomInt(Random random)
    {
        var magnitude = random.Next(3) == 0 ? Edge(random) + random.Next(-2, 3) : RandomBits(random, random.Next(300));
        return random.Next(2) == 0 ? magnitude : -magnitude;
    }

    /// <summary>2**63, 2**64 or 2**128: where inline ints end and limbs begin or grow.</summary>
    private static BigInteger Edge(Random random) => BigInteger.One << random.Next(3) switch
    {
        0 => 63,
        1 => 64,
        _ => 128,
    };

    private static BigInteger RandomBits(Random random, int bits)
    {
        var bytes = new byte[(bits / 8) + 1];
        random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true) >> ((bytes.Length * 8) - bits);
    }

    /// <summary>
    /// The pair as the VM would hold it: inline when it fits in 64 bits, otherwise a big int built
    /// from a <see cref="BigInteger"/> (as multiplication makes them) or from limbs (as addition does).
    /// </summary>
    private static IEnumerable<(Value X, Value Y)> Representations(BigInteger a, BigInteger b)
    {
        yield return (Value.FromBigInteger(a), Value.FromBigInteger(b));
        yield return (FromLimbs(a), FromLimbs(b));
        yield return (Value.FromBigInteger(a), FromLimbs(b));
    }

    private static Value FromLimbs(BigInteger value) => PyBigInt.Create(value.Sign < 0, Magnitude.FromBigInteger(value));

    private static void AssertInt(Value actual, BigInteger expected, string expression)
    {
        if (IntMath.FitsInLong(expected))
        {
            Assert.That(actual.IsInt, Is.True, $"{expression} should be an inline int");
            Assert.That(actual.AsInt, Is.EqualTo((long)expected), expression);
            return;
        }

        Assert.That(actual.Ref, Is.InstanceOf<PyBigInt>(), expression);
        var big = (PyBigInt)actual.Ref!;
        Assert.That(big.Value, Is.EqualTo(expected), expression);
        Assert.That(Magnitude.ToBigInteger(big.Magnitude, big.IsNegative), Is.EqualTo(expected), expression);
        Assert.That(big.Magnitude[^1], Is.Not.Zero, $"{expression}: zero top limb");
    }
}
