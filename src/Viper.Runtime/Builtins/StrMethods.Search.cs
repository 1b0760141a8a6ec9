using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>Substring search: find, rfind, index, rindex, count, startswith, endswith, replace, removeprefix, removesuffix.</summary>
public static partial class StrMethods
{
    private static void InstallSearch(PyType type)
    {
        BuiltinMethods.Add(type, "find", (vm, args) => Value.FromInt(Find(args, "find", fromRight: false)));
        BuiltinMethods.Add(type, "rfind", (vm, args) => Value.FromInt(Find(args, "rfind", fromRight: true)));
        BuiltinMethods.Add(type, "index", (vm, args) => Value.FromInt(Index(args, "index", fromRight: false)));
        BuiltinMethods.Add(type, "rindex", (vm, args) => Value.FromInt(Index(args, "rindex", fromRight: true)));
        BuiltinMethods.Add(type, "count", (vm, args) => Value.FromInt(Count(args)));
        BuiltinMethods.Add(type, "startswith", (vm, args) => Value.FromBool(TailMatch(args, "startswith", atEnd: false)));
        BuiltinMethods.Add(type, "endswith", (vm, args) => Value.FromBool(TailMatch(args, "endswith", atEnd: true)));
        BuiltinMethods.Add(type, "replace", (vm, args) => Str(Replace(args)));
        BuiltinMethods.Add(type, "removeprefix", (vm, args) =>
        {
            var self = Self(args, "removeprefix");
            ExactlyOne(args, "removeprefix");
            var prefix = ClinicStr(args[1], "removeprefix() argument").Value;
            return self.Value.StartsWith(prefix, StringComparison.Ordinal) ? Str(self.Value[prefix.Length..]) : args[0];
        });
        BuiltinMethods.Add(type, "removesuffix", (vm, args) =>
        {
            var self = Self(args, "removesuffix");
            ExactlyOne(args, "removesuffix");
            var suffix = ClinicStr(args[1], "removesuffix() argument").Value;
            return self.Value.EndsWith(suffix, StringComparison.Ordinal)
                ? Str(self.Value[..(self.Value.Length - suffix.Length)])
                : args[0];
        });
    }

    /// <summary>The code-point index of the first (or last) occurrence within start..end, or -1.</summary>
    private static int Find(CallArgs args, string name, bool fromRight)
    {
        var self = Self(args, name);
        VarArgs(args, name, 1, 3);
        var (start, end) = AdjustIndices(args, 2, self.Length);
        var sub = StrArgument(args[1]);
        if (end - start < sub.Length)
        {
            return -1;
        }

        var from = self.Utf16Offset(start);
        var window = self.Value.AsSpan(from, self.Utf16Offset(end) - from);
        var found = sub.Value.Length == 0
            ? fromRight ? window.Length : 0
            : fromRight ? window.LastIndexOf(sub.Value.AsSpan()) : window.IndexOf(sub.Value.AsSpan());
        return found < 0 ? -1 : self.CodePointIndex(from + found);
    }

    private static int Index(CallArgs args, string name, bool fromRight)
    {
        var found = Find(args, name, fromRight);
        return found < 0 ? throw PyErrors.ValueError("substring not found") : found;
    }

    /// <summary>Non-overlapping occurrences within start..end; the empty string occurs between every pair of code points.</summary>
    private static int Count(CallArgs args)
    {
        var self = Self(args, "count");
        VarArgs(args, "count", 1, 3);
        var (start, end) = AdjustIndices(args, 2, self.Length);
        var sub = StrArgument(args[1]);
        if (end < start)
        {
            return 0;
        }

        if (sub.Length == 0)
        {
            return end - start + 1;
        }

        var from = self.Utf16Offset(start);
        var window = self.Value.AsSpan(from, self.Utf16Offset(end) - from);
        var count = 0;
        for (var at = window.IndexOf(sub.Value.AsSpan()); at >= 0; at = window.IndexOf(sub.Value.AsSpan()))
        {
            count++;
            window = window[(at + sub.Value.Length)..];
        }

        return count;
    }

    private static bool TailMatch(CallArgs args, string name, bool atEnd)
    {
        var self = Self(args, name);
        VarArgs(args, name, 1, 3);
        var (start, end) = AdjustIndices(args, 2, self.Length);
        if (args[1].Ref is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item.Ref is not PyStr candidate)
                {
                    throw PyErrors.TypeError($"tuple for {name} must only contain str, not {TypeNames.Of(item)}");
                }

                if (TailMatch(self, candidate, start, end, atEnd))
                {
                    return true;
                }
            }

            return false;
        }

        return args[1].Ref is PyStr affix
            ? TailMatch(self, affix, start, end, atEnd)
            : throw PyErrors.TypeError($"{name} first arg must be str or a tuple of str, not {TypeNames.Of(args[1])}");
    }

    private static bool TailMatch(PyStr self, PyStr affix, int start, int end, bool atEnd)
    {
        end -= affix.Length;
        if (end < start)
        {
            return false;
        }

        var at = self.Utf16Offset(atEnd ? end : start);
        return self.Value.AsSpan(at).StartsWith(affix.Value.AsSpan());
    }

    private static string Replace(CallArgs args)
    {
        var self = Self(args, "replace");
        PositionalOnly(args, "replace", 2, 3);
        var old = ClinicStr(args[1], "replace() argument 1").Value;
        var replacement = ClinicStr(args[2], "replace() argument 2").Value;
        var limit = args.Count > 3 ? SizeArgument(args[3]) : -1;
        if (limit < 0)
        {
            limit = long.MaxValue;
        }

        var text = self.Value;
        var result = new StringBuilder();
        if (old.Length == 0)
        {
            // The empty string matches before every code point and at the end.
            var done = 0L;
            var i = 0;
            foreach (var codePoint in text.EnumerateRunesLenient())
            {
                if (done++ < limit)
                {
                    result.Append(replacement);
                }

                var width = codePoint >= 0x10000 ? 2 : 1;
                result.Append(text, i, width);
                i += width;
            }

            if (done < limit)
            {
                result.Append(replacement);
            }

            return result.ToString();
        }

        var position = 0;
        for (var replaced = 0L; replaced < limit; replaced++)
        {
            var at = text.IndexOf(old, position, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            result.Append(text, position, at - position).Append(replacement);
            position = at + old.Length;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
