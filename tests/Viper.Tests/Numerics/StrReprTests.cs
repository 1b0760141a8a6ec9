using System.Text;
using NUnit.Framework;
using Viper.Frontend.Text;

namespace Viper.Tests.Numerics;

public class StrReprTests
{
    [TestCase("", "''")]
    [TestCase("it's", "\"it's\"")]
    [TestCase("'\"", "'\\'\"'")]
    [TestCase("\\\n\r\t\x00\x7f", "'\\\\\\n\\r\\t\\x00\\x7f'")]
    [TestCase("\U0001F600", "'\U0001F600'")]
    [TestCase("\u00a0\u2028\ufeff\U000e0001", "'\\xa0\\u2028\\ufeff\\U000e0001'")]
    public void ReprKnownValues(string s, string expected) => Assert.That(StrRepr.Repr(s), Is.EqualTo(expected));

    [Test]
    public void LoneSurrogatesAreEscaped()
    {
        Assert.That(StrRepr.Repr("a\ud800b"), Is.EqualTo("'a\\ud800b'"));
        Assert.That(StrRepr.Repr("\udc00\ud83d"), Is.EqualTo("'\\udc00\\ud83d'"));
    }

    [Test]
    public void ReprAndAsciiMatchCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("str_repr.jsonl"))
        {
            string s = row[0].GetString()!;
            if (StrRepr.Repr(s) != row[1].GetString())
            {
                failures.Add($"repr: expected {row[1].GetString()}, got {StrRepr.Repr(s)}");
            }

            if (StrRepr.Ascii(s) != row[2].GetString())
            {
                failures.Add($"ascii: expected {row[2].GetString()}, got {StrRepr.Ascii(s)}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void PrintabilityMatchesCPythonForAllAssignedCodePoints()
    {
        var nonPrintable = new bool[0x110000];
        foreach (var row in TestData.Rows("unicode_nonprintable.jsonl"))
        {
            for (int cp = row[0].GetInt32(); cp <= row[1].GetInt32(); cp++)
            {
                nonPrintable[cp] = true;
            }
        }

        var unassigned = new bool[0x110000];
        foreach (var row in TestData.Rows("unicode_unassigned.jsonl"))
        {
            for (int cp = row[0].GetInt32(); cp <= row[1].GetInt32(); cp++)
            {
                unassigned[cp] = true;
            }
        }

        var failures = new StringBuilder();
        int mismatches = 0;
        for (int cp = 0; cp < 0x110000; cp++)
        {
            // Code points unassigned in CPython 3.11's Unicode 14 may be assigned in .NET's newer tables.
            if (unassigned[cp])
            {
                continue;
            }

            if (StrRepr.IsPrintable(cp) == nonPrintable[cp])
            {
                mismatches++;
                if (mismatches < 20)
                {
                    failures.Append($"U+{cp:X4} ");
                }
            }
        }

        Assert.That(failures.ToString(), Is.Empty);
    }
}
