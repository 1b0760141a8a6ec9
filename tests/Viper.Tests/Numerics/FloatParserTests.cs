using NUnit.Framework;
using Viper.Frontend.Text;
using Viper.Runtime.Numerics;

namespace Viper.Tests.Numerics;

public class FloatParserTests
{
    [TestCase("1_0.5", 10.5)]
    [TestCase(" -iNF ", double.NegativeInfinity)]
    [TestCase("infinity", double.PositiveInfinity)]
    [TestCase(".5", 0.5)]
    [TestCase("5.", 5.0)]
    [TestCase("1e1_0", 1e10)]
    public void ParsesValid(string s, double expected)
    {
        Assert.That(FloatParser.TryParse(s, out double v), Is.True);
        Assert.That(v, Is.EqualTo(expected));
    }

    [TestCase("1._5")]
    [TestCase("1e_5")]
    [TestCase("_1")]
    [TestCase("1_")]
    [TestCase("0x10")]
    [TestCase("")]
    [TestCase(".")]
    [TestCase("1e")]
    [TestCase("nan1")]
    public void RejectsInvalid(string s) => Assert.That(FloatParser.TryParse(s, out _), Is.False);

    [Test]
    public void NanParses()
    {
        Assert.That(FloatParser.TryParse("-NaN", out double v), Is.True);
        Assert.That(double.IsNaN(v), Is.True);
    }

    [Test]
    public void ParseErrorsMatchCPython()
    {
        foreach (var row in TestData.Rows("float_parse_errors.jsonl"))
        {
            string input = row[0].GetString()!;
            Assert.That(TestData.Outcome(() => FloatParser.Parse(input)), Is.EqualTo(TestData.Expected(row[1])));
        }
    }

    [Test]
    public void ParseMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("float_parse.jsonl"))
        {
            string input = row[0].GetString()!;
            string? expectedHex = row[1].ValueKind == System.Text.Json.JsonValueKind.Null ? null : row[1].GetString();
            bool ok = FloatParser.TryParse(input, out double v);
            string expected = expectedHex is null ? "invalid" : TestData.Bits(TestData.Hex(expectedHex));
            string actual = ok ? TestData.Bits(v) : "invalid";
            if (actual != expected)
            {
                failures.Add($"{StrRepr.Repr(input)}: expected {expected}, got {actual}");
            }
        }

        Assert.That(failures, Is.Empty);
    }
}
