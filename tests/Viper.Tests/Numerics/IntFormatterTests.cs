using System.Numerics;
using NUnit.Framework;
using Viper.Runtime.Numerics;

namespace Viper.Tests.Numerics;

public class IntFormatterTests
{
    [Test]
    public void FormatMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_format.jsonl"))
        {
            string input = row[0].GetString()!;
            Assert.That(IntParser.TryParse(input, 0, out BigInteger v), Is.True);
            string expectedStr = row[1].GetString()!;
            string actualStr;
            try
            {
                actualStr = IntFormatter.ToDecimalString(v);
            }
            catch (NumericError e)
            {
                actualStr = $"!{e.PythonType}: {e.Message}";
            }

            if (actualStr != expectedStr)
            {
                failures.Add($"str({input[..Math.Min(30, input.Length)]}): got {actualStr[..Math.Min(120, actualStr.Length)]}");
            }

            if (IntFormatter.ToHex(v) != row[2].GetString() || IntFormatter.ToOctal(v) != row[3].GetString()
                || IntFormatter.ToBinary(v) != row[4].GetString())
            {
                failures.Add($"hex/oct/bin({input[..Math.Min(30, input.Length)]})");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void LimitCanBeDisabled() =>
        Assert.That(IntFormatter.ToDecimalString(BigInteger.Pow(10, 5000), 0), Has.Length.EqualTo(5001));
}
