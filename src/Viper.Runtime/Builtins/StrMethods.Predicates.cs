using Viper.Runtime.Objects;
using Viper.Runtime.Text;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The is* predicates, with Python's Unicode definitions and its answers for the empty string.</summary>
public static partial class StrMethods
{
    private static void InstallPredicates(PyType type)
    {
        AddEvery(type, "isalpha", UnicodeTables.Alpha);
        AddEvery(type, "isdecimal", UnicodeTables.Decimal);
        AddEvery(type, "isdigit", UnicodeTables.Digit);
        AddEvery(type, "isnumeric", UnicodeTables.Numeric);
        AddEvery(type, "isalnum", UnicodeTables.Alpha | UnicodeTables.Decimal | UnicodeTables.Digit | UnicodeTables.Numeric);
        AddEvery(type, "isspace", UnicodeTables.Space);
        AddPredicate(type, "isprintable", static text =>
        {
            foreach (var codePoint in text.EnumerateRunesLenient())
            {
                if (!UnicodeTables.Has(codePoint, UnicodeTables.Printable))
                {
                    return false;
                }
            }

            return true;
        });
        AddPredicate(type, "isascii", static text => !text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f'));
        AddPredicate(type, "isidentifier", static text =>
        {
            var first = true;
            foreach (var codePoint in text.EnumerateRunesLenient())
            {
                if (!UnicodeTables.Has(codePoint, first ? UnicodeTables.XidStart : UnicodeTables.XidContinue))
                {
                    return false;
                }

                first = false;
            }

            return !first;
        });
        AddPredicate(type, "isupper", static text => IsOneCase(text, UnicodeTables.Upper, UnicodeTables.Lower | UnicodeTables.Title));
        AddPredicate(type, "islower", static text => IsOneCase(text, UnicodeTables.Lower, UnicodeTables.Upper | UnicodeTables.Title));
        AddPredicate(type, "istitle", static text =>
        {
            var cased = false;
            var previousCased = false;
            foreach (var codePoint in text.EnumerateRunesLenient())
            {
                var flags = UnicodeTables.Flags(codePoint);
                if ((flags & (UnicodeTables.Upper | UnicodeTables.Title)) != 0)
                {
                    if (previousCased)
                    {
                        return false;
                    }

                    previousCased = cased = true;
                }
                else if ((flags & UnicodeTables.Lower) != 0)
                {
                    if (!previousCased)
                    {
                        return false;
                    }

                    previousCased = cased = true;
                }
                else
                {
                    previousCased = false;
                }
            }

            return cased;
        });
    }

    /// <summary>True when some character has <paramref name="wanted"/> and none has <paramref name="forbidden"/>.</summary>
    private static bool IsOneCase(string text, ushort wanted, ushort forbidden)
    {
        var cased = false;
        foreach (var codePoint in text.EnumerateRunesLenient())
        {
            var flags = UnicodeTables.Flags(codePoint);
            if ((flags & forbidden) != 0)
            {
                return false;
            }

            cased |= (flags & wanted) != 0;
        }

        return cased;
    }

    /// <summary>A predicate true when the string is non-empty and every code point has one of <paramref name="flags"/>.</summary>
    private static void AddEvery(PyType type, string name, ushort flags) =>
        AddPredicate(type, name, text =>
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (var codePoint in text.EnumerateRunesLenient())
            {
                if (!UnicodeTables.Has(codePoint, flags))
                {
                    return false;
                }
            }

            return true;
        });

    private static void AddPredicate(PyType type, string name, Func<string, bool> predicate) =>
        BuiltinMethods.Add(type, name, (vm, args) =>
        {
            var self = Self(args, name).Value;
            NoArguments(args, name);
            return Value.FromBool(predicate(self));
        });
}
