using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Text;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>Splitting: split, rsplit, splitlines, partition, rpartition.</summary>
public static partial class StrMethods
{
    private static void InstallSplit(PyType type)
    {
        BuiltinMethods.Add(type, "split", (vm, args) => Split(args, "split", fromRight: false));
        BuiltinMethods.Add(type, "rsplit", (vm, args) => Split(args, "rsplit", fromRight: true));
        BuiltinMethods.Add(type, "splitlines", (vm, args) =>
        {
            var self = Self(args, "splitlines").Value;
            var parameters = Parameters(args, "splitlines", "keepends");
            var keepEnds = parameters[0].IsBound && IntArgument(parameters[0]) != 0;
            var lines = new List<string>();
            var i = 0;
            while (i < self.Length)
            {
                var start = i;
                while (i < self.Length && !UnicodeTables.IsLineBreak(self[i]))
                {
                    i++;
                }

                var lineEnd = i;
                if (i < self.Length)
                {
                    i += self[i] == '\r' && i + 1 < self.Length && self[i + 1] == '\n' ? 2 : 1;
                    if (keepEnds)
                    {
                        lineEnd = i;
                    }
                }

                lines.Add(self[start..lineEnd]);
            }

            return ListOf(lines);
        });
        BuiltinMethods.Add(type, "partition", (vm, args) => Partition(args, "partition", fromRight: false));
        BuiltinMethods.Add(type, "rpartition", (vm, args) => Partition(args, "rpartition", fromRight: true));
    }

    private static Value Split(CallArgs args, string name, bool fromRight)
    {
        var self = Self(args, name).Value;
        var parameters = Parameters(args, name, "sep", "maxsplit");
        // CPython converts maxsplit while it parses the arguments and checks sep afterwards.
        var limit = parameters[1].IsBound ? SizeArgument(parameters[1]) : -1;
        var separator = parameters[0].IsBound && !parameters[0].IsNone
            ? parameters[0].Ref as PyStr ?? throw PyErrors.TypeError($"must be str or None, not {TypeNames.Of(parameters[0])}")
            : null;
        if (limit < 0)
        {
            limit = long.MaxValue;
        }

        if (separator is null)
        {
            return ListOf(fromRight ? RightSplitWhitespace(self, limit) : SplitWhitespace(self, limit));
        }

        if (separator.Value.Length == 0)
        {
            throw PyErrors.ValueError("empty separator");
        }

        return ListOf(fromRight ? RightSplit(self, separator.Value, limit) : Split(self, separator.Value, limit));
    }

    private static List<string> Split(string text, string separator, long limit)
    {
        var parts = new List<string>();
        var i = 0;
        for (var splits = 0L; splits < limit; splits++)
        {
            var at = text.IndexOf(separator, i, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            parts.Add(text[i..at]);
            i = at + separator.Length;
        }

        parts.Add(text[i..]);
        return parts;
    }

    private static List<string> RightSplit(string text, string separator, long limit)
    {
        var parts = new List<string>();
        var end = text.Length;
        for (var splits = 0L; splits < limit; splits++)
        {
            var at = text.AsSpan(0, end).LastIndexOf(separator.AsSpan());
            if (at < 0)
            {
                break;
            }

            parts.Add(text[(at + separator.Length)..end]);
            end = at;
        }

        parts.Add(text[..end]);
        parts.Reverse();
        return parts;
    }

    /// <summary>
    /// Splits on runs of whitespace, dropping empty fields; once the limit is reached the rest of the
    /// string, less its leading whitespace, is the last field. Whitespace is never a surrogate, so
    /// UTF-16 units can be tested one at a time.
    /// </summary>
    private static List<string> SplitWhitespace(string text, long limit)
    {
        var parts = new List<string>();
        var i = 0;
        for (var splits = 0L; splits < limit; splits++)
        {
            while (i < text.Length && UnicodeTables.IsSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return parts;
            }

            var start = i;
            while (i < text.Length && !UnicodeTables.IsSpace(text[i]))
            {
                i++;
            }

            parts.Add(text[start..i]);
        }

        while (i < text.Length && UnicodeTables.IsSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length)
        {
            parts.Add(text[i..]);
        }

        return parts;
    }

    private static List<string> RightSplitWhitespace(string text, long limit)
    {
        var parts = new List<string>();
        var i = text.Length;
        for (var splits = 0L; splits < limit; splits++)
        {
            while (i > 0 && UnicodeTables.IsSpace(text[i - 1]))
            {
                i--;
            }

            if (i == 0)
            {
                parts.Reverse();
                return parts;
            }

            var end = i;
            while (i > 0 && !UnicodeTables.IsSpace(text[i - 1]))
            {
                i--;
            }

            parts.Add(text[i..end]);
        }

        while (i > 0 && UnicodeTables.IsSpace(text[i - 1]))
        {
            i--;
        }

        if (i > 0)
        {
            parts.Add(text[..i]);
        }

        parts.Reverse();
        return parts;
    }

    private static Value Partition(CallArgs args, string name, bool fromRight)
    {
        var self = Self(args, name).Value;
        ExactlyOne(args, name);
        var separator = StrArgument(args[1]).Value;
        if (separator.Length == 0)
        {
            throw PyErrors.ValueError("empty separator");
        }

        var at = fromRight ? self.LastIndexOf(separator, StringComparison.Ordinal) : self.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return fromRight
                ? Value.FromObject(PyTuple.Of(Str(""), Str(""), args[0]))
                : Value.FromObject(PyTuple.Of(args[0], Str(""), Str("")));
        }

        return Value.FromObject(PyTuple.Of(Str(self[..at]), args[1], Str(self[(at + separator.Length)..])));
    }
}
