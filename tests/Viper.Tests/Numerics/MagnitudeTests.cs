using System.Numerics;
using NUnit.Framework;
using Viper.Runtime.Numerics;

namespace Viper.Tests.Numerics;

/// <summary>Limb arithmetic against <see cref="BigInteger"/> as the oracle, on random and carry-heavy operands.</summary>
public class MagnitudeTests
{
    private const int Cases = 4000;

    [Test]
    public void AddMatchesBigInteger()
    {
        foreach (var (x, y) in Pairs(new Random(1)))
        {
            Assert.That(Big(Magnitude.Add(x, y)), Is.EqualTo(Big(x) + Big(y)), Describe(x, y));
        }
    }

    [Test]
    public void SubtractMatchesBigInteger()
    {
        foreach (var (x, y) in Pairs(new Random(2)))
        {
            var order = Big(x).CompareTo(Big(y));
            if (order == 0)
            {
                continue;
            }

            var (larger, smaller) = order > 0 ? (x, y) : (y, x);
            Assert.That(Big(Magnitude.Subtract(larger, smaller)), Is.EqualTo(Big(larger) - Big(smaller)), Describe(larger, smaller));
        }
    }

    [Test]
    public void CompareMatchesBigInteger()
    {
        foreach (var (x, y) in Pairs(new Random(3)))
        {
            Assert.That(Magnitude.Compare(x, y), Is.EqualTo(Big(x).CompareTo(Big(y))), Describe(x, y));
            Assert.That(Magnitude.Compare(x, x), Is.Zero, Describe(x, x));
        }
    }

    [Test]
    public void ResultsHaveNoZeroTopLimb()
    {
        foreach (var (x, y) in Pairs(new Random(4)))
        {
            AssertTrimmed(Magnitude.Add(x, y));
            if (Big(x) > Big(y))
            {
                AssertTrimmed(Magnitude.Subtract(x, y));
            }
        }
    }

    [Test]
    public void CarryRunsThroughEveryLimb()
    {
        for (var length = 1; length <= 40; length++)
        {
            var ones = Enumerable.Repeat(ulong.MaxValue, length).ToArray();
            var power = Magnitude.Add(ones, [1]);
            Assert.That(power, Has.Length.EqualTo(length + 1));
            Assert.That(Big(power), Is.EqualTo(BigInteger.One << (64 * length)));
            Assert.That(Magnitude.Subtract(power, [1]), Is.EqualTo(ones));
            Assert.That(Big(Magnitude.Add(ones, ones)), Is.EqualTo(2 * Big(ones)));
        }
    }

    [Test]
    public void RoundTripsThroughBigInteger()
    {
        var random = new Random(5);
        for (var i = 0; i < Cases; i++)
        {
            var limbs = RandomMagnitude(random);
            var negative = random.Next(2) == 0;
            var value = Magnitude.ToBigInteger(limbs, negative);
            Assert.That(value, Is.EqualTo(negative ? -Big(limbs) : Big(limbs)));
            Assert.That(Magnitude.FromBigInteger(value), Is.EqualTo(limbs));
        }
    }

    [Test]
    public void HashMatchesBigIntegerHash()
    {
        foreach (var (x, _) in Pairs(new Random(6)))
        {
            Assert.That(NumericHash.Hash(false, x), Is.EqualTo(NumericHash.Hash(Big(x))), Describe(x, x));
            Assert.That(NumericHash.Hash(true, x), Is.EqualTo(NumericHash.Hash(-Big(x))), Describe(x, x));
        }
    }

    [Test]
    public void MultiplyByLimbMatchesBigInteger()
    {
        foreach (var (x, factor) in WithLimbs(new Random(7)))
        {
            var product = Magnitude.MultiplyByLimb(x, factor);
            Assert.That(Big(product), Is.EqualTo(Big(x) * factor), Describe(x, [factor]));
            AssertTrimmed(product);
        }
    }

    [Test]
    public void DivideByLimbMatchesBigInteger()
    {
        foreach (var (x, divisor) in WithLimbs(new Random(8)))
        {
            var quotient = Magnitude.DivideByLimb(x, divisor, out var remainder);
            Assert.That(Big(quotient), Is.EqualTo(Big(x) / divisor), Describe(x, [divisor]));
            Assert.That((BigInteger)remainder, Is.EqualTo(Big(x) % divisor), Describe(x, [divisor]));
            Assert.That(Magnitude.RemainderByLimb(x, divisor), Is.EqualTo(remainder), Describe(x, [divisor]));
            AssertTrimmed(quotient);
        }
    }

    [Test]
    public void ShiftRightMatchesBigInteger()
    {
        foreach (var (x, _) in WithLimbs(new Random(9)))
        {
            var bits = (int)Magnitude.BitLength(x);
            foreach (var shift in new[] { 0, 1, 63, 64, 65, 127, 128, bits / 2, bits - 1 }.Where(shift => shift >= 0 && shift < bits))
            {
                var shifted = Magnitude.ShiftRight(x, shift, out var lostBits);
                Assert.That(Big(shifted), Is.EqualTo(Big(x) >> shift), $"{Describe(x, x)} >> {shift}");
                Assert.That(lostBits, Is.EqualTo(!(Big(x) & ((BigInteger.One << shift) - 1)).IsZero), $"{Describe(x, x)} >> {shift}: bits lost");
                AssertTrimmed(shifted);
            }
        }
    }

    /// <summary>Nonempty magnitudes with one-limb operands: small, around 2**32 (where division changes method) and the 64-bit top.</summary>
    private static IEnumerable<(ulong[] X, ulong Limb)> WithLimbs(Random random)
    {
        ulong[] edges = [1, 2, 3, 10, uint.MaxValue, 1UL << 32, (1UL << 32) + 1, 1UL << 63, ulong.MaxValue, ulong.MaxValue - 1];
        for (var i = 0; i < Cases; i++)
        {
            var x = RandomMagnitude(random);
            if (x.Length == 0)
            {
                continue;
            }

            var limb = random.Next(3) == 0 ? edges[random.Next(edges.Length)] : Math.Max(1UL, (ulong)random.NextInt64() >> random.Next(64));
            yield return (x, limb);
        }
    }

    private static IEnumerable<(ulong[] X, ulong[] Y)> Pairs(Random random)
    {
        for (var i = 0; i < Cases; i++)
        {
            var x = RandomMagnitude(random);
            var y = random.Next(4) == 0 ? Nearby(random, x) : RandomMagnitude(random);
            yield return (x, y);
        }
    }

    /// <summary>Up to 40 limbs (several vector steps plus a remainder), drawn to make long carry and borrow runs.</summary>
    private static ulong[] RandomMagnitude(Random random)
    {
        var limbs = new ulong[random.Next(41)];
        for (var i = 0; i < limbs.Length; i++)
        {
            limbs[i] = random.Next(6) switch
            {
                0 => 0,
                1 => ulong.MaxValue,
                2 => 1,
                3 => 1UL << 63,
                _ => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63),
            };
        }

        return Trim(limbs);
    }

    /// <summary>A value sharing most of <paramref name="x"/>'s top limbs, so subtraction cancels them.</summary>
    private static ulong[] Nearby(Random random, ulong[] x)
    {
        var y = (ulong[])x.Clone();
        if (y.Length > 0)
        {
            var low = random.Next(y.Length);
            y[low] += (ulong)random.Next(-2, 3);
        }

        return Trim(y);
    }

    private static ulong[] Trim(ulong[] limbs)
    {
        var length = limbs.Length;
        while (length > 0 && limbs[length - 1] == 0)
        {
            length--;
        }

        return limbs[..length];
    }

    private static void AssertTrimmed(ulong[] limbs) =>
        Assert.That(limbs.Length == 0 || limbs[^1] != 0, Is.True, $"zero top limb in {limbs.Length} limbs");

    private static BigInteger Big(ulong[] limbs)
    {
        var value = BigInteger.Zero;
        for (var i = limbs.Length - 1; i >= 0; i--)
        {
            value = (value << 64) + limbs[i];
        }

        return value;
    }

    private static string Describe(ulong[] x, ulong[] y) => $"x = 0x{Big(x):x}, y = 0x{Big(y):x}";
}
