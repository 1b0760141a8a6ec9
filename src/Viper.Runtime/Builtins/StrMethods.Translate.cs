using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Text;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// <c>str.translate</c>. <c>str.maketrans</c> is left out: it is a static method, and a builtin
/// method here cannot tell <c>str.maketrans(a, b)</c> from <c>s.maketrans(a, b)</c>.
/// </summary>
public static partial class StrMethods
{
    private static void InstallTranslate(PyType type)
    {
        BuiltinMethods.Add(type, "translate", (vm, args) =>
        {
            var self = Self(args, "translate").Value;
            ExactlyOne(args, "translate");
            var table = args[1];
            var result = new StringBuilder(self.Length);
            foreach (var codePoint in self.EnumerateRunesLenient())
            {
                if (!TryTranslate(table, codePoint, out var mapped))
                {
                    UnicodeTables.AppendCodePoint(result, codePoint);
                    continue;
                }

                switch (mapped.Ref)
                {
                    case PyNone:
                        break;
                    case PyStr s:
                        result.Append(s.Value);
                        break;
                    default:
                        var kind = Numbers.Classify(mapped, out var small, out _, out _);
                        if (kind is not (NumberKind.Small or NumberKind.Big))
                        {
                            throw PyErrors.TypeError("character mapping must return integer, None or str");
                        }

                        if (kind == NumberKind.Big || small is < 0 or > 0x10FFFF)
                        {
                            throw PyErrors.ValueError("character mapping must be in range(0x110000)");
                        }

                        UnicodeTables.AppendCodePoint(result, (int)small);
                        break;
                }
            }

            return Str(result.ToString());
        });
    }

    /// <summary>Looks the code point up in the table; a LookupError means the character is left as it is.</summary>
    private static bool TryTranslate(Value table, int codePoint, out Value mapped)
    {
        var key = Value.FromInt(codePoint);
        if (table.Ref is PyDict dict)
        {
            return dict.TryGetValue(key, out mapped);
        }

        try
        {
            mapped = Subscripts.GetItem(table, key);
            return true;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError))
        {
            mapped = default;
            return false;
        }
    }
}
