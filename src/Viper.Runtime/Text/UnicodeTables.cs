using System.Text;

namespace Viper.Runtime.Text;

/// <summary>
/// CPython 3.11's Unicode character properties and full case mappings, read from tables generated
/// off CPython itself (see tools/gen_unicode_tables.py) so that str methods agree with it exactly.
/// </summary>
internal static partial class UnicodeTables
{
    public const ushort Alpha = 1;
    public const ushort Decimal = 2;
    public const ushort Digit = 4;
    public const ushort Numeric = 8;
    public const ushort Space = 16;
    public const ushort Printable = 32;
    public const ushort XidStart = 64;
    public const ushort XidContinue = 128;
    public const ushort Lower = 256;
    public const ushort Upper = 512;
    public const ushort Title = 1024;
    public const ushort Cased = 2048;
    public const ushort CaseIgnorable = 4096;

    private static readonly ushort[] Latin1Flags = CreateLatin1Flags();

    public static ushort Flags(int codePoint)
    {
        if (codePoint < Latin1Flags.Length)
        {
            return Latin1Flags[codePoint];
        }

        var run = RunStarts.BinarySearch(codePoint);
        return RunFlags[run >= 0 ? run : ~run - 1];
    }

    public static bool Has(int codePoint, ushort flag) => (Flags(codePoint) & flag) != 0;

    public static bool IsSpace(int codePoint) => Has(codePoint, Space);

    /// <summary>The characters <c>str.splitlines</c> breaks on (CPython's Py_UNICODE_ISLINEBREAK).</summary>
    public static bool IsLineBreak(int codePoint) =>
        codePoint is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public static void AppendUpper(StringBuilder builder, int codePoint) => AppendMapped(builder, codePoint, UpperKeys, UpperValues);

    public static void AppendTitle(StringBuilder builder, int codePoint) => AppendMapped(builder, codePoint, TitleKeys, TitleValues);

    public static void AppendFolded(StringBuilder builder, int codePoint) => AppendMapped(builder, codePoint, FoldKeys, FoldValues);

    /// <summary>
    /// Lowercases the code point at <paramref name="index"/> of <paramref name="codePoints"/>; a capital
    /// sigma needs its neighbours to choose between final and medial form.
    /// </summary>
    public static void AppendLower(StringBuilder builder, int[] codePoints, int index)
    {
        var codePoint = codePoints[index];
        if (codePoint == '\u03A3')
        {
            builder.Append(IsFinalSigma(codePoints, index) ? '\u03C2' : '\u03C3');
            return;
        }

        AppendMapped(builder, codePoint, LowerKeys, LowerValues);
    }

    public static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint >= 0x10000)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            builder.Append((char)codePoint);
        }
    }

    /// <summary>Unicode's Final_Sigma context: cased, case-ignorables, sigma, and no cased letter after further case-ignorables.</summary>
    private static bool IsFinalSigma(int[] codePoints, int index)
    {
        var j = index - 1;
        while (j >= 0 && Has(codePoints[j], CaseIgnorable))
        {
            j--;
        }

        if (j < 0 || !Has(codePoints[j], Cased))
        {
            return false;
        }

        j = index + 1;
        while (j < codePoints.Length && Has(codePoints[j], CaseIgnorable))
        {
            j++;
        }

        return j == codePoints.Length || !Has(codePoints[j], Cased);
    }

    private static void AppendMapped(StringBuilder builder, int codePoint, ReadOnlySpan<int> keys, string[] values)
    {
        var found = keys.BinarySearch(codePoint);
        if (found >= 0)
        {
            builder.Append(values[found]);
        }
        else
        {
            AppendCodePoint(builder, codePoint);
        }
    }

    private static ushort[] CreateLatin1Flags()
    {
        var table = new ushort[256];
        for (var cp = 0; cp < table.Length; cp++)
        {
            var run = RunStarts.BinarySearch(cp);
            table[cp] = RunFlags[run >= 0 ? run : ~run - 1];
        }

        return table;
    }
}
