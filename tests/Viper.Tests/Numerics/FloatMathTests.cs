using System.Text.Json;
using NUnit.Framework;
using Viper.Runtime.Numerics;

namespace Viper.Tests.Numerics;

public class FloatMathTests
{
    [Test]
    public void ArithmeticMatchesCPythonTable()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var row in TestData.Rows("float_math.jsonl"))
        {
            double a = TestData.Hex(row[0]);
            double b = TestData.Hex(row[1]);
            count++;
            Check(failures, $"{a:R} // {b:R}", row[2], () => FloatMath.FloorDiv(a, b));
            Check(failures, $"{a:R} % {b:R}", row[3], () => FloatMath.Mod(a, b));
            if (row[4].ValueKind == JsonValueKind.Array)
            {
                Check(failures, $"divmod({a:R}, {b:R})[0]", row[4][0], () => FloatMath.DivMod(a, b).FloorDiv);
                Check(failures, $"divmod({a:R}, {b:R})[1]", row[4][1], () => FloatMath.DivMod(a, b).Mod);
            }
            else
            {
                Check(failures, $"divmod({a:R}, {b:R})", row[4], () => FloatMath.DivMod(a, b).FloorDiv);
            }

            // Complex results (and complex overflow, "complex exponentiation") come from complex pow.
            if (row[5].GetString() is "complex" or "!OverflowError: complex exponentiation")
            {
                Assert.That(FloatMath.IsComplexResult(a, b), Is.True);
                string outcome = TestData.Outcome(() => FloatMath.Pow(a, b));
                if (outcome != "!NotImplementedError: complex results are not supported yet")
                {
                    failures.Add($"{a:R} ** {b:R}: expected complex, got {outcome}");
                }
            }
            else
            {
                Assert.That(FloatMath.IsComplexResult(a, b), Is.False);
                Check(failures, $"{a:R} ** {b:R}", row[5], () => FloatMath.Pow(a, b));
            }
        }

        Assert.That(count, Is.GreaterThan(10000));
        Assert.That(failures, Is.Empty);
    }

    private static void Check(List<string> failures, string what, JsonElement expected, Func<double> f)
    {
        string e = TestData.Expected(expected);
        string a = TestData.Outcome(f);
        if (a != e)
        {
            failures.Add($"{what}: expected {e}, got {a}");
        }
    }

    [Test]
    public void SignedZeroCases()
    {
        Assert.That(TestData.Bits(FloatMath.Mod(-0.0, 5.0)), Is.EqualTo(TestData.Bits(0.0)));
        Assert.That(TestData.Bits(FloatMath.Mod(0.0, -5.0)), Is.EqualTo(TestData.Bits(-0.0)));
        Assert.That(TestData.Bits(FloatMath.FloorDiv(-0.0, 5.0)), Is.EqualTo(TestData.Bits(-0.0)));
        Assert.That(FloatMath.Pow(1.0, double.NaN), Is.EqualTo(1.0));
        Assert.That(FloatMath.Pow(-1.0, double.PositiveInfinity), Is.EqualTo(1.0));
    }

    [Test]
    public void CompareIntFloatMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_float_compare.jsonl"))
        {
            var i = TestData.Big(row[0]);
            double f = TestData.Hex(row[1]);
            int? expected = row[2].ValueKind == JsonValueKind.Null ? null : row[2].GetInt32();
            if (FloatMath.CompareIntFloat(i, f) != expected)
            {
                failures.Add($"cmp({i}, {f:R}): expected {expected}, got {FloatMath.CompareIntFloat(i, f)}");
            }

            if (IntMath.Normalize(i, out long l) && FloatMath.CompareIntFloat(l, f) != expected)
            {
                failures.Add($"cmp(long {i}, {f:R}): expected {expected}, got {FloatMath.CompareIntFloat(l, f)}");
            }
        }

        Assert.That(failures, Is.Empty);
    }
}
