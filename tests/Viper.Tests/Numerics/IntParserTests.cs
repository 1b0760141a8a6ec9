using System.Numerics;
using NUnit.Framework;
using Viper.Frontend.Text;
using Viper.Runtime.Numerics;

namespace Viper.Tests.Numerics;

public class IntParserTests
{
    [TestCase("0x_1f", 0, "31")]
    [TestCase("0_0", 0, "0")]
    [TestCase(" -12 ", 10, "-12")]
    [TestCase("zz", 36, "1295")]
    [TestCase("0b1_0", 2, "2")]
    public void ParsesValid(string s, int radix, string expected)
    {
        Assert.That(IntParser.TryParse(s, radix, out var v), Is.True);
        Assert.That(v, Is.EqualTo(BigInteger.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("010", 0)]
    [TestCase("1_", 10)]
    [TestCase("0x1", 10)]
    [TestCase("0b", 0)]
    [TestCase("1__2", 10)]
    [TestCase("1", 1)]
    [TestCase("1", 37)]
    public void RejectsInvalid(string s, int radix) => Assert.That(IntParser.TryParse(s, radix, out _), Is.False);

    [Test]
    public void ParseMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_parse.jsonl"))
        {
            string input = row[0].GetString()!;
            int radix = row[1].GetInt32();
            string expected = row[2].ValueKind == System.Text.Json.JsonValueKind.Null ? "invalid" : row[2].GetString()!;
            string actual = IntParser.TryParse(input, radix, out var v) ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "invalid";
            if (actual != expected)
            {
                failures.Add($"int({StrRepr.Repr(input)}, {radix}): expected {expected}, got {actual}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void ParseErrorsMatchCPython()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_parse_errors.jsonl"))
        {
            string input = row[0].GetString()!;
            int radix = row[1].GetInt32();
            string expected = row[2].GetString()!;
            string actual;
            try
            {
                actual = IntParser.Parse(input, radix).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (NumericError e)
            {
                actual = $"!{e.PythonType}: {e.Message}";
            }

            if (actual != expected)
            {
                failures.Add($"int({StrRepr.Repr(input)[..Math.Min(40, input.Length + 2)]}, {radix}): expected {expected[..Math.Min(200, expected.Length)]}, got {actual[..Math.Min(200, actual.Length)]}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void LongStringsAreNotQuadratic()
    {
        string s = new('7', 200_000);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Assert.That(IntParser.TryParse(s, 10, out var v10), Is.True);
        Assert.That(IntParser.TryParse(s, 9, out var v9), Is.True);
        Assert.That(IntParser.TryParse(s, 16, out var v16), Is.True);
        Assert.That(sw.ElapsedMilliseconds, Is.LessThan(3000));
        Assert.That(v10 % 1000, Is.EqualTo(new BigInteger(777)));
        Assert.That(v9 % 81, Is.EqualTo(new BigInteger(70)));
        Assert.That(v16 & 0xFFF, Is.EqualTo(new BigInteger(0x777)));
    }
}
