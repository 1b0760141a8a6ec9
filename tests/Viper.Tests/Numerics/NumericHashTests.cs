using System.Numerics;
using NUnit.Framework;
using Viper.Runtime.Numerics;

namespace Viper.Tests.Numerics;

public class NumericHashTests
{
    [Test]
    public void HashMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("hash.jsonl"))
        {
            long expected = row[2].GetInt64();
            if (row[0].GetString() == "int")
            {
                var v = TestData.Big(row[1]);
                if (NumericHash.Hash(v) != expected)
                {
                    failures.Add($"hash({v}): expected {expected}, got {NumericHash.Hash(v)}");
                }

                if (IntMath.Normalize(v, out long l) && NumericHash.Hash(l) != expected)
                {
                    failures.Add($"hash(long {v}): expected {expected}, got {NumericHash.Hash(l)}");
                }
            }
            else
            {
                double d = TestData.Hex(row[1]);
                if (NumericHash.Hash(d) != expected)
                {
                    failures.Add($"hash({d:R}): expected {expected}, got {NumericHash.Hash(d)}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void CrossTypeEquality()
    {
        Assert.That(NumericHash.Hash(1L), Is.EqualTo(NumericHash.Hash(1.0)));
        Assert.That(NumericHash.Hash(BigInteger.One << 64), Is.EqualTo(NumericHash.Hash(Math.ScaleB(1.0, 64))));
        Assert.That(NumericHash.Hash(-1L), Is.EqualTo(-2L));
        Assert.That(NumericHash.Hash(-1.0), Is.EqualTo(-2L));
        Assert.That(NumericHash.Hash(double.PositiveInfinity), Is.EqualTo(314159L));
        Assert.That(NumericHash.Hash(double.NegativeInfinity), Is.EqualTo(-314159L));
        Assert.That(NumericHash.Hash(double.NaN), Is.EqualTo(0L));
        Assert.That(NumericHash.Hash(long.MinValue), Is.EqualTo(NumericHash.Hash((BigInteger)long.MinValue)));
    }
}
