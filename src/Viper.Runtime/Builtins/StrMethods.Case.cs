using System.Text;
using Viper.Runtime.Objects;
using Viper.Runtime.Text;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// Case conversion with Unicode's full mappings (one code point may become several, e.g. 'ß' to
/// 'SS') and the final-sigma rule, following CPython's do_upper/do_lower/do_title and kin.
/// </summary>
public static partial class StrMethods
{
    private static void InstallCase(PyType type)
    {
        AddCase(type, "upper", static (builder, codePoints, i) => UnicodeTables.AppendUpper(builder, codePoints[i]), AsciiUpper);
        AddCase(type, "lower", UnicodeTables.AppendLower, AsciiLower);
        AddCase(type, "casefold", static (builder, codePoints, i) => UnicodeTables.AppendFolded(builder, codePoints[i]), AsciiLower);
        AddCase(type, "swapcase", static (builder, codePoints, i) =>
        {
            var flags = UnicodeTables.Flags(codePoints[i]);
            if ((flags & UnicodeTables.Upper) != 0)
            {
                UnicodeTables.AppendLower(builder, codePoints, i);
            }
            else if ((flags & UnicodeTables.Lower) != 0)
            {
                UnicodeTables.AppendUpper(builder, codePoints[i]);
            }
            else
            {
                UnicodeTables.AppendCodePoint(builder, codePoints[i]);
            }
        });
        AddCase(type, "capitalize", static (builder, codePoints, i) =>
        {
            if (i == 0)
            {
                UnicodeTables.AppendTitle(builder, codePoints[i]);
            }
            else
            {
                UnicodeTables.AppendLower(builder, codePoints, i);
            }
        });
        AddCase(type, "title", static (builder, codePoints, i) =>
        {
            // A word starts at each cased character that does not follow one.
            if (i > 0 && UnicodeTables.Has(codePoints[i - 1], UnicodeTables.Cased))
            {
                UnicodeTables.AppendLower(builder, codePoints, i);
            }
            else
            {
                UnicodeTables.AppendTitle(builder, codePoints[i]);
            }
        });
    }

    private delegate void CaseMapping(StringBuilder builder, int[] codePoints, int index);

    /// <summary>For ASCII text Unicode's mappings are the ASCII ones, done without decoding code points.</summary>
    private static string AsciiUpper(string text) => string.Create(text.Length, text, static (target, source) => Ascii.ToUpper(source, target, out _));

    private static string AsciiLower(string text) => string.Create(text.Length, text, static (target, source) => Ascii.ToLower(source, target, out _));

    private static void AddCase(PyType type, string name, CaseMapping mapping, Func<string, string>? asciiMapping = null)
    {
        BuiltinMethods.Add(type, name, (vm, args) =>
        {
            var self = Self(args, name).Value;
            NoArguments(args, name);
            if (asciiMapping is not null && Ascii.IsValid(self))
            {
                return Value.FromString(asciiMapping(self));
            }

            var codePoints = CodePoints(self);
            var builder = new StringBuilder(self.Length);
            for (var i = 0; i < codePoints.Length; i++)
            {
                mapping(builder, codePoints, i);
            }

            return Value.FromString(builder.ToString());
        });
    }
}
