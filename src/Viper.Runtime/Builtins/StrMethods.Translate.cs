using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Text;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary><c>str.translate</c>, and <c>str.maketrans</c>, a static method that builds its table.</summary>
public static partial class StrMethods
{
    private static void InstallTranslate(PyType type)
    {
        type.SetAttribute("maketrans", Value.FromObject(new PyStaticMethod(Value.FromObject(new PyBuiltinFunction("maketrans", MakeTranslationTable)))));
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

    private static Value MakeTranslationTable(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "maketrans", 1, 3);
        var table = new PyDict();
        if (args.Count == 1)
        {
            if (args[0].Ref is not PyDict mapping)
            {
                throw PyErrors.TypeError("if you give only one argument to maketrans it must be a dict");
            }

            foreach (var (key, value) in mapping.Items())
            {
                if (key.Ref is PyStr s)
                {
                    var runes = s.Value.EnumerateRunesLenient().ToArray();
                    table.SetItem(runes.Length == 1 ? Value.FromInt(runes[0]) : throw PyErrors.ValueError("string keys in translate table must be of length 1"), value);
                }
                else if (Numbers.IsInteger(key))
                {
                    table.SetItem(key, value);
                }
                else
                {
                    throw PyErrors.TypeError("keys in translate table must be strings or integers");
                }
            }

            return Value.FromObject(table);
        }

        var from = (args[0].Ref as PyStr ?? throw PyErrors.TypeError("first maketrans argument must be a string if there is a second argument"))
            .Value.EnumerateRunesLenient().ToArray();
        var to = ArgumentCheck.Str(args[1], "maketrans() argument 2").Value.EnumerateRunesLenient().ToArray();
        if (from.Length != to.Length)
        {
            throw PyErrors.ValueError("the first two maketrans arguments must have equal length");
        }

        for (var i = 0; i < from.Length; i++)
        {
            table.SetItem(Value.FromInt(from[i]), Value.FromInt(to[i]));
        }

        if (args.Count == 3)
        {
            foreach (var deleted in ArgumentCheck.Str(args[2], "maketrans() argument 3").Value.EnumerateRunesLenient())
            {
                table.SetItem(Value.FromInt(deleted), Value.None);
            }
        }

        return Value.FromObject(table);
    }
}
