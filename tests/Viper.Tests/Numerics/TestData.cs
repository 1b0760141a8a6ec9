using System.Globalization;
using System.Numerics;
using System.Text.Json;
using NUnit.Framework;

namespace Viper.Tests.Numerics;

/// <summary>Loads the CPython-generated expectation tables (see gen_numerics_data.py).</summary>
internal static class TestData
{
    public static IEnumerable<JsonElement[]> Rows(string file)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Numerics", file);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            yield return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
        }
    }

    public static BigInteger Big(JsonElement e) => BigInteger.Parse(e.GetString()!, CultureInfo.InvariantCulture);

    /// <summary>Parses Python's float.hex() output (plus "inf", "-inf", "nan").</summary>
    public static double Hex(string s)
    {
        switch (s)
        {
            case "inf":
                return double.PositiveInfinity;
            case "-inf":
                return double.NegativeInfinity;
            case "nan":
                return double.NaN;
        }

        bool negative = s[0] == '-';
        if (negative)
        {
            s = s[1..];
        }

        // 0xH.HHHHHHHHHHHHHp[+-]E
        int p = s.IndexOf('p');
        string mant = s[2..p];
        int exp = int.Parse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mant.IndexOf('.');
        ulong intPart = ulong.Parse(mant[..dot], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        string frac = mant[(dot + 1)..];
        ulong fracBits = ulong.Parse(frac, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        int fracLen = frac.Length * 4;
        ulong m = (intPart << fracLen) | fracBits;
        double v = Math.ScaleB(m, exp - fracLen);
        return negative ? -v : v;
    }

    public static double Hex(JsonElement e) => Hex(e.GetString()!);

    /// <summary>Bit-exact rendering for failure messages and comparisons (distinguishes -0.0; all NaNs equal).</summary>
    public static string Bits(double d) =>
        double.IsNaN(d) ? "nan" : $"{d.ToString("R", CultureInfo.InvariantCulture)} [{BitConverter.DoubleToInt64Bits(d):x16}]";

    /// <summary>Runs <paramref name="f"/> and renders its result the way the generator does ("!Type: msg" on error).</summary>
    public static string Outcome(Func<double> f)
    {
        try
        {
            return Bits(f());
        }
        catch (Viper.Runtime.Numerics.NumericError e)
        {
            return $"!{e.PythonType}: {e.Message}";
        }
    }

    /// <summary>Renders an expected cell: a float hex string becomes <see cref="Bits"/>, "!..." errors stay.</summary>
    public static string Expected(JsonElement e)
    {
        string s = e.GetString()!;
        return s.StartsWith('!') ? s : Bits(Hex(s));
    }
}
