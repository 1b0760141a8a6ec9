using NUnit.Framework;
using Viper.Frontend.Text;

namespace Viper.Tests.Numerics;

public class FloatFormatterTests
{
    [TestCase(0.0, "0.0")]
    [TestCase(-0.0, "-0.0")]
    [TestCase(1.0, "1.0")]
    [TestCase(1e16, "1e+16")]
    [TestCase(1e15, "1000000000000000.0")]
    [TestCase(1.5e-7, "1.5e-07")]
    [TestCase(1e-5, "1e-05")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(123456789012345680.0, "1.2345678901234568e+17")]
    [TestCase(0.1, "0.1")]
    [TestCase(double.PositiveInfinity, "inf")]
    [TestCase(double.NegativeInfinity, "-inf")]
    [TestCase(double.NaN, "nan")]
    [TestCase(5e-324, "5e-324")]
    [TestCase(1.7976931348623157e308, "1.7976931348623157e+308")]
    public void ReprKnownValues(double d, string expected) =>
        Assert.That(FloatFormatter.Repr(d), Is.EqualTo(expected));

    [Test]
    public void ReprMatchesCPythonTable()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var row in TestData.Rows("float_repr.jsonl"))
        {
            double d = TestData.Hex(row[0]);
            string expected = row[1].GetString()!;
            string actual = FloatFormatter.Repr(d);
            count++;
            if (actual != expected)
            {
                failures.Add($"{row[0]}: expected {expected}, got {actual}");
            }
        }

        Assert.That(count, Is.GreaterThan(8000));
        Assert.That(failures, Is.Empty);
    }
}
