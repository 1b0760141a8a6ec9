using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Text;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>Trimming and padding: strip, lstrip, rstrip, center, ljust, rjust, zfill, expandtabs.</summary>
public static partial class StrMethods
{
    private static void InstallLayout(PyType type)
    {
        BuiltinMethods.Add(type, "strip", (vm, args) => Strip(args, "strip", left: true, right: true));
        BuiltinMethods.Add(type, "lstrip", (vm, args) => Strip(args, "lstrip", left: true, right: false));
        BuiltinMethods.Add(type, "rstrip", (vm, args) => Strip(args, "rstrip", left: false, right: true));
        BuiltinMethods.Add(type, "center", (vm, args) => Pad(args, "center"));
        BuiltinMethods.Add(type, "ljust", (vm, args) => Pad(args, "ljust"));
        BuiltinMethods.Add(type, "rjust", (vm, args) => Pad(args, "rjust"));
        BuiltinMethods.Add(type, "zfill", (vm, args) =>
        {
            var self = Self(args, "zfill");
            ExactlyOne(args, "zfill");
            var width = SizeArgument(args[1]);
            if (self.Length >= width)
            {
                return args[0];
            }

            EnsureFits(self.Value.Length + (width - self.Length));
            var zeros = new string('0', (int)(width - self.Length));
            var text = self.Value;
            // A leading sign stays in front of the zeros.
            return text.Length > 0 && text[0] is '+' or '-'
                ? Str(text[0] + zeros + text[1..])
                : Str(zeros + text);
        });
        BuiltinMethods.Add(type, "expandtabs", (vm, args) =>
        {
            var self = Self(args, "expandtabs").Value;
            var parameters = Parameters(args, "expandtabs", "tabsize");
            var tabSize = parameters[0].IsBound ? IntArgument(parameters[0]) : 8;
            var result = new StringBuilder(self.Length);
            var column = 0L;
            foreach (var codePoint in self.EnumerateRunesLenient())
            {
                if (codePoint == '\t')
                {
                    if (tabSize > 0)
                    {
                        var spaces = tabSize - (int)(column % tabSize);
                        result.Append(' ', spaces);
                        column += spaces;
                    }
                }
                else
                {
                    UnicodeTables.AppendCodePoint(result, codePoint);
                    column = codePoint is '\n' or '\r' ? 0 : column + 1;
                }
            }

            return Str(result.ToString());
        });
    }

    private static Value Strip(CallArgs args, string name, bool left, bool right)
    {
        var self = Self(args, name).Value;
        PositionalOnly(args, name, 0, 1);
        Func<int, bool> strippable;
        if (args.Count < 2 || args[1].IsNone)
        {
            strippable = UnicodeTables.IsSpace;
        }
        else
        {
            var chars = args[1].Ref as PyStr ?? throw PyErrors.TypeError($"{name} arg must be None or str");
            var set = new HashSet<int>(chars.Value.EnumerateRunesLenient());
            strippable = set.Contains;
        }

        var codePoints = CodePoints(self);
        var start = 0;
        var end = codePoints.Length;
        while (left && start < end && strippable(codePoints[start]))
        {
            start++;
        }

        while (right && end > start && strippable(codePoints[end - 1]))
        {
            end--;
        }

        return start == 0 && end == codePoints.Length ? args[0] : Str(RuneEnumeration.FromCodePoints(codePoints[start..end]));
    }

    /// <summary>A result longer than a .NET string can be is CPython's MemoryError, raised before trying.</summary>
    private static void EnsureFits(long utf16Length)
    {
        if (utf16Length > Array.MaxLength)
        {
            throw PyErrors.New(ExceptionTypes.MemoryError, "");
        }
    }

    private static Value Pad(CallArgs args, string name)
    {
        var self = Self(args, name);
        PositionalOnly(args, name, 1, 2);
        var width = SizeArgument(args[1]);
        var fill = args.Count > 2 ? FillCharacter(args[2]) : " ";
        var margin = width - self.Length;
        if (margin <= 0)
        {
            return args[0];
        }

        EnsureFits(self.Value.Length + (margin * fill.Length));
        // CPython's rounding: an odd margin puts the extra character on the left only when width is odd too.
        var leftCount = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => (margin / 2) + (margin & width & 1),
        };
        var result = new StringBuilder();
        for (var i = 0L; i < leftCount; i++)
        {
            result.Append(fill);
        }

        result.Append(self.Value);
        for (var i = leftCount; i < margin; i++)
        {
            result.Append(fill);
        }

        return Str(result.ToString());
    }

    private static string FillCharacter(Value value)
    {
        var fill = value.Ref as PyStr
            ?? throw PyErrors.TypeError($"The fill character must be a unicode character, not {TypeNames.Of(value)}");
        return fill.Length == 1 ? fill.Value : throw PyErrors.TypeError("The fill character must be exactly one character long");
    }
}
